// Draws report.html's charts with Apache ECharts from the specs in the element #zw-charts.
// Each .chart element names its spec by index (data-chart); the spec's kind picks the builder.
// Numbers arrive rounded to six significant digits, as in the CSV files, and tooltips show
// them as they are. When all charts are drawn, <html data-charts-drawn="N"> says how many.
(function () {
  'use strict';
  var FONT = window.getComputedStyle(document.body).fontFamily;
  var specs = JSON.parse(document.getElementById('zw-charts').textContent);

  function esc(text) {
    return String(text).replace(/[&<>"]/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c];
    });
  }

  function pct(share, decimals) {
    return (100 * share).toFixed(decimals === undefined ? 1 : decimals) + '%';
  }

  function num(value) {
    return value === null || value === undefined ? '–' : String(value);
  }

  function base(spec) {
    return {
      animation: false,
      textStyle: { fontFamily: FONT },
      title: {
        text: spec.title,
        subtext: spec.subtitle || '',
        left: 0,
        textStyle: { fontSize: 15, fontFamily: FONT },
        subtextStyle: { fontFamily: FONT }
      },
      tooltip: { confine: true, textStyle: { fontFamily: FONT } }
    };
  }

  // A horizontal bar per target check, highest on top, coloured by status, with +-2 s.e.
  function probability(spec) {
    var rows = spec.rows.slice().sort(function (a, b) { return a.p - b.p; });
    var option = base(spec);
    option.grid = { left: 8, right: 56, top: 64, bottom: 36, containLabel: true };
    option.tooltip.trigger = 'item';
    option.tooltip.formatter = function (params) {
      var row = rows[params.dataIndex];
      return '<b>' + esc(row.label) + '</b><br>' + esc(row.labelEn) + '<br>'
        + esc(spec.pLabel) + ' = ' + pct(row.p, 2) + ' ± ' + pct(row.se, 2)
        + ' (' + esc(spec.seLabel) + ')<br>' + esc(row.status);
    };
    option.xAxis = {
      type: 'value', min: 0, max: 100, name: spec.axis, nameLocation: 'middle', nameGap: 24,
      axisLabel: { formatter: '{value}%' }
    };
    option.yAxis = {
      type: 'category', data: rows.map(function (r) { return r.label; }),
      axisLabel: { interval: 0 }, axisTick: { show: false }
    };
    option.series = [{
      type: 'bar', barMaxWidth: 22,
      data: rows.map(function (r) {
        return { value: 100 * r.p, itemStyle: { color: r.color } };
      }),
      markLine: {
        silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#8c959f' },
        label: { formatter: '{b}', position: 'end' },
        data: spec.thresholds.map(function (t) { return { xAxis: 100 * t.value, name: t.name }; })
      }
    }, {
      type: 'custom', silent: true, z: 10,
      encode: { x: [1, 2], y: 0 },
      data: rows.map(function (r, i) {
        return [i, 100 * Math.max(0, r.p - 2 * r.se), 100 * Math.min(1, r.p + 2 * r.se)];
      }),
      renderItem: function (params, api) {
        var low = api.coord([api.value(1), api.value(0)]);
        var high = api.coord([api.value(2), api.value(0)]);
        var cap = api.size([0, 1])[1] * 0.25;
        var style = { stroke: '#24292f', lineWidth: 1.5 };
        var bar = api.coord([100 * rows[params.dataIndex].p, api.value(0)]);
        return {
          type: 'group',
          children: [
            { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style: style },
            { type: 'line', shape: { x1: low[0], y1: low[1] - cap, x2: low[0], y2: low[1] + cap }, style: style },
            { type: 'line', shape: { x1: high[0], y1: high[1] - cap, x2: high[0], y2: high[1] + cap }, style: style },
            // The value after the bar or its error bar, whichever ends further right.
            {
              type: 'text',
              style: {
                text: pct(rows[params.dataIndex].p), x: Math.max(high[0], bar[0]) + 6, y: high[1],
                verticalAlign: 'middle', fill: '#24292f', font: '12px ' + FONT
              }
            }
          ]
        };
      }
    }];
    return option;
  }

  // Bands of a year-to-date fan (widest first), its median, the previous year and the targets.
  function fan(spec) {
    var option = base(spec);
    var months = spec.months;
    option.grid = { left: 8, right: 24, top: 64, bottom: 76, containLabel: true };
    option.legend = { bottom: 0, itemGap: 8, textStyle: { fontFamily: FONT } };
    option.xAxis = { type: 'category', boundaryGap: false, data: months };
    option.yAxis = { type: 'value', scale: true };
    option.tooltip.trigger = 'axis';
    option.tooltip.formatter = function (params) {
      var m = params[0].dataIndex;
      var lines = ['<b>' + esc(months[m]) + '</b>'];
      spec.bands.forEach(function (b) {
        lines.push(esc(b.name) + ': ' + num(b.low[m]) + ' – ' + num(b.high[m]));
      });
      lines.push(esc(spec.median.name) + ': ' + num(spec.median.values[m]));
      if (spec.previous) {
        lines.push(esc(spec.previous.name) + ': ' + num(spec.previous.values[m]));
      }
      spec.targets.forEach(function (t) { lines.push(esc(t.name)); });
      return lines.join('<br>');
    };
    var series = spec.bands.map(function (b) {
      return {
        name: b.name, type: 'custom', color: b.color,
        encode: { x: 0, y: [1, 2] },
        data: months.map(function (label, m) { return [m, b.low[m], b.high[m]]; }),
        renderItem: function (params, api) {
          var m = params.dataIndex;
          if (m + 1 >= months.length) {
            return null;
          }
          var points = [
            api.coord([m, b.low[m]]), api.coord([m + 1, b.low[m + 1]]),
            api.coord([m + 1, b.high[m + 1]]), api.coord([m, b.high[m]])
          ];
          return {
            type: 'polygon', shape: { points: points },
            style: { fill: b.color, stroke: b.color, lineWidth: 0.5 }
          };
        }
      };
    });
    series.push({
      name: spec.median.name, type: 'line', data: spec.median.values, color: '#08306b',
      symbol: 'circle', symbolSize: 5, lineStyle: { width: 2.5 }
    });
    if (spec.previous) {
      series.push({
        name: spec.previous.name, type: 'line', data: spec.previous.values, color: '#57606a',
        symbol: 'none', lineStyle: { type: 'dashed', width: 1.5 }
      });
    }
    spec.targets.forEach(function (t) {
      series.push({
        name: t.name, type: 'scatter', color: '#c62828', symbol: 'diamond', symbolSize: 12,
        data: [[months.length - 1, t.value]],
        markLine: {
          silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#c62828' },
          label: { show: false }, data: [{ yAxis: t.value }]
        }
      });
    });
    option.series = series;
    // The bands' key, one row under the subtitle: a swatch per band, darkest first, with the
    // share of paths it holds; the legend below keeps the lines and targets, so it stays short.
    option.legend.data = series.filter(function (s) { return s.type !== 'custom'; })
      .map(function (s) { return s.name; });
    option.grid.top = 86;
    var key = spec.bands.slice().reverse().map(function (b, i) {
      return {
        type: 'group', x: 50 * i,
        children: [
          { type: 'rect', shape: { x: 0, y: 0, width: 14, height: 12 }, style: { fill: b.color } },
          {
            type: 'text', x: 18, y: 0,
            style: { text: b.share, font: '12px ' + FONT, fill: '#24292f' }
          }
        ]
      };
    });
    key.push({
      type: 'text', x: 50 * spec.bands.length + 4, y: 0,
      style: { text: spec.bandKey, font: '12px ' + FONT, fill: '#57606a' }
    });
    option.graphic = [{ type: 'group', left: 8, top: 60, children: key }];
    return option;
  }

  // Shares of paths per bin, the side that misses the target and the side that meets it.
  function histogram(spec) {
    var option = base(spec);
    var edges = spec.edges;
    var last = spec.shares.length - 1;
    var top = Math.max.apply(null, spec.shares) * 1.08;
    option.grid = { left: 8, right: 24, top: 64, bottom: 76, containLabel: true };
    option.legend = { bottom: 0, itemGap: 8, textStyle: { fontFamily: FONT } };
    option.xAxis = {
      type: 'value', scale: true, min: edges[0], max: edges[edges.length - 1],
      name: spec.axis, nameLocation: 'middle', nameGap: 26
    };
    option.yAxis = { type: 'value', axisLabel: { formatter: '{value}%' } };
    option.tooltip.trigger = 'item';
    option.tooltip.formatter = function (params) {
      if (params.seriesType !== 'custom') {
        return esc(params.seriesName);
      }
      var i = params.data[0];
      var range = i === 0 ? '≤ ' + num(edges[1]) + ' ' + spec.lowTail
        : i === last ? '≥ ' + num(edges[i]) + ' ' + spec.highTail
          : num(edges[i]) + ' – ' + num(edges[i + 1]);
      return esc(range) + '<br>' + esc(spec.shareAxis) + ': ' + spec.shares[i].toFixed(2) + '%'
        + ' (' + spec.counts[i] + ' ' + esc(spec.pathsWord) + ')';
    };
    function bins(name, color, from, to) {
      return {
        name: name, type: 'custom', color: color,
        encode: { x: [1, 2], y: 3 },
        data: spec.shares.map(function (share, i) {
          return [i, Math.max(edges[i], from), Math.min(edges[i + 1], to), share];
        }).filter(function (d) { return d[1] < d[2]; }),
        renderItem: function (params, api) {
          var low = api.coord([api.value(1), 0]);
          var high = api.coord([api.value(2), api.value(3)]);
          return {
            type: 'rect',
            shape: { x: low[0], y: high[1], width: Math.max(high[0] - low[0] - 0.5, 0.5), height: low[1] - high[1] },
            style: { fill: color }
          };
        }
      };
    }
    option.series = [
      bins(spec.missed, '#e08068', -Infinity, spec.threshold),
      bins(spec.met, '#6baed6', spec.threshold, Infinity),
      {
        name: spec.target, type: 'line', color: '#24292f', symbol: 'none',
        lineStyle: { type: 'dashed', width: 2 },
        data: [[spec.threshold, 0], [spec.threshold, top]]
      }
    ];
    return option;
  }

  var kinds = { probability: probability, fan: fan, histogram: histogram };
  var charts = [];
  var elements = document.querySelectorAll('.chart[data-chart]');
  for (var i = 0; i < elements.length; i++) {
    var element = elements[i];
    var spec = specs[Number(element.getAttribute('data-chart'))];
    var build = kinds[spec.kind];
    if (!build) {
      throw new Error('report.js: no chart kind ' + spec.kind);
    }
    var chart = echarts.init(element);
    chart.setOption(build(spec));
    charts.push(chart);
  }
  document.documentElement.setAttribute('data-charts-drawn', String(charts.length));
  window.addEventListener('resize', function () {
    charts.forEach(function (c) { c.resize(); });
  });
})();
