/*
 * Draws each <figure class="chart" data-chart="…"> from the table inside it: the table is what a
 * screen reader reads and what a person copies, so the chart can never say something else.
 * Loaded as a file (no inline script), so the Content-Security-Policy stays strict.
 */
(function () {
  'use strict';

  var COLOURS = ['#1f6f8b', '#e07a1f', '#4e9a52', '#8a5fb0', '#c8464b', '#6b7f8f', '#c9a227', '#2f9e9e'];
  var MARK = '#a4161a';

  function number(text) {
    if (text === undefined || text === null || text === '') { return null; }
    var value = Number(text);
    return isNaN(value) ? null : value;
  }

  // Numbers, months and days as the page's reader writes them (ECharts itself writes 10,000 and Nov).
  var LANGUAGE = document.documentElement.lang || 'en';
  var NUMBERS = new Intl.NumberFormat(LANGUAGE);

  function percent(value) { return value === null ? '–' : Math.round(value * 100) + ' %'; }

  function amount(value) { return value === null || value === undefined ? '–' : NUMBERS.format(value); }

  function amountAxis(extra) { return Object.assign({ type: 'value', axisLabel: { formatter: amount } }, extra || {}); }

  /** ECharts has no Swedish: its calendar words are taken from the browser's own for the page's language. */
  function calendarWords() {
    var words = { month: [], monthAbbr: [], dayOfWeek: [], dayOfWeekAbbr: [] };
    var say = function (options, date) {
      return new Intl.DateTimeFormat(LANGUAGE, Object.assign({ timeZone: 'UTC' }, options)).format(date);
    };
    for (var month = 0; month < 12; month++) {
      var first = new Date(Date.UTC(2026, month, 1));
      words.month.push(say({ month: 'long' }, first));
      words.monthAbbr.push(say({ month: 'short' }, first));
    }
    for (var day = 0; day < 7; day++) {
      var sunday = new Date(Date.UTC(2026, 0, 4 + day));
      words.dayOfWeek.push(say({ weekday: 'long' }, sunday));
      words.dayOfWeekAbbr.push(say({ weekday: 'short' }, sunday));
    }
    return { time: words };
  }

  /** A tooltip's formatter returns HTML: every name in it is escaped, whatever a customer is called. */
  function escaped(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function headings(table) {
    return Array.prototype.map.call(table.tHead.rows[0].cells, function (cell) {
      return { key: cell.getAttribute('data-column'), label: cell.textContent.trim() };
    });
  }

  /** The body's rows as objects: column key -> { text, value }. */
  function records(table) {
    var heads = headings(table);
    return Array.prototype.map.call(table.tBodies[0].rows, function (row) {
      var record = {};
      Array.prototype.forEach.call(row.cells, function (cell, i) {
        record[heads[i].key] = { text: cell.textContent.trim(), value: cell.getAttribute('data-value') };
      });
      return record;
    });
  }

  /** A grid: first cell names the row, the rest are figures under the column headings. */
  function grid(table) {
    var heads = headings(table).slice(1).map(function (h) { return h.label; });
    var rows = Array.prototype.map.call(table.tBodies[0].rows, function (row) {
      return {
        label: row.cells[0].textContent.trim(),
        cells: Array.prototype.slice.call(row.cells, 1).map(function (cell) {
          return {
            value: number(cell.getAttribute('data-value')),
            extra: number(cell.getAttribute('data-extra')),
            marked: cell.classList.contains('marked')
          };
        })
      };
    });
    var team = table.tFoot && table.tFoot.rows.length ? Array.prototype.slice.call(table.tFoot.rows[0].cells, 1)
      .map(function (cell) { return number(cell.getAttribute('data-value')); }) : null;
    return { columns: heads, rows: rows, team: team };
  }

  function percentAxis() {
    return { type: 'value', axisLabel: { formatter: function (v) { return Math.round(v * 100) + ' %'; } } };
  }

  var charts = {
    attainment: function (table) {
      var g = grid(table);
      var series = g.columns.map(function (purpose, i) {
        return {
          name: purpose, type: 'bar', itemStyle: { color: COLOURS[i % COLOURS.length] },
          data: g.rows.map(function (r) { return r.cells[i].value; }),
          markLine: i === 0 ? { silent: true, symbol: 'none', lineStyle: { color: MARK, type: 'dashed' },
            data: [{ yAxis: 1, name: 'target' }], label: { formatter: '100 %' } } : undefined
        };
      });
      g.columns.forEach(function (purpose, i) {
        series.push({
          name: purpose + ' – ' + (table.closest('figure').getAttribute('data-pace') || 'pace'),
          type: 'scatter', symbol: 'diamond', symbolSize: 9,
          itemStyle: { color: COLOURS[i % COLOURS.length], borderColor: '#1d2733' },
          data: g.rows.map(function (r) { return r.cells[i].extra; })
        });
      });
      return {
        tooltip: { trigger: 'axis', valueFormatter: percent },
        legend: { type: 'scroll', data: g.columns },
        grid: { containLabel: true, left: 8, right: 8, bottom: 8 },
        xAxis: { type: 'category', data: g.rows.map(function (r) { return r.label; }), axisLabel: { rotate: 30 } },
        yAxis: percentAxis(),
        series: series
      };
    },

    funnel: function (table) {
      var g = grid(table);
      var series = g.columns.map(function (step, i) {
        return {
          name: step, type: 'bar', itemStyle: { color: COLOURS[i % COLOURS.length] },
          data: g.rows.map(function (r) {
            var cell = r.cells[i];
            return cell.marked ? { value: cell.value, itemStyle: { borderColor: MARK, borderWidth: 3 } } : cell.value;
          }),
          markLine: g.team && g.team[i] !== null ? { silent: true, symbol: 'none',
            lineStyle: { color: COLOURS[i % COLOURS.length], type: 'dashed' },
            data: [{ yAxis: g.team[i] }], label: { formatter: function () { return percent(g.team[i]); } } } : undefined
        };
      });
      return {
        tooltip: { trigger: 'axis', valueFormatter: percent },
        legend: { type: 'scroll' },
        grid: { containLabel: true, left: 8, right: 8, bottom: 8 },
        xAxis: { type: 'category', data: g.rows.map(function (r) { return r.label; }), axisLabel: { rotate: 30 } },
        yAxis: percentAxis(),
        series: series
      };
    },

    // SPEC §3: the cumulative share of hours against the cumulative share of order intake, customers
    // by intake, largest first — one curve, however many customers; the diagonal is even yield.
    pareto: function (table) {
      var rows = records(table);
      var heads = headings(table);
      var label = function (key) { return heads.filter(function (h) { return h.key === key; })[0].label; };
      var points = [[0, 0]].concat(rows.map(function (r) {
        return [number(r.cumulative_hours_share.value), number(r.cumulative_intake_share.value)];
      }));
      return {
        tooltip: { trigger: 'item', formatter: function (p) {
          return escaped(label('cumulative_hours_share')) + ': ' + percent(p.value[0]) + '<br>'
            + escaped(label('cumulative_intake_share')) + ': ' + percent(p.value[1]);
        } },
        legend: { show: false },
        grid: { containLabel: true, left: 8, right: 16, bottom: 24 },
        xAxis: Object.assign(percentAxis(), { type: 'value', max: 1, name: label('cumulative_hours_share'),
                                               nameLocation: 'middle', nameGap: 28 }),
        yAxis: Object.assign(percentAxis(), { max: 1, name: label('cumulative_intake_share'),
                                               nameTextStyle: { align: 'left' } }),
        series: [
          { name: label('cumulative_intake_share'), type: 'line', showSymbol: false, data: points,
            markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#888' },
                        data: [[{ coord: [0, 0] }, { coord: [1, 1] }]] } }
        ]
      };
    },

    winrate: function (table) {
      var rows = records(table).filter(function (r) { return r.salesperson.value !== 'ALL'; });
      var heads = headings(table);
      var label = function (key) { return heads.filter(function (h) { return h.key === key; })[0].label; };
      return {
        tooltip: { trigger: 'axis' },
        legend: {},
        grid: { containLabel: true, left: 8, right: 8, bottom: 8 },
        xAxis: { type: 'category', data: rows.map(function (r) { return r.salesperson.text; }), axisLabel: { rotate: 30 } },
        yAxis: [amountAxis(), percentAxis()],
        series: [
          { name: label('won_value'), type: 'bar', tooltip: { valueFormatter: amount },
            data: rows.map(function (r) { return number(r.won_value.value); }) },
          { name: label('win_rate'), type: 'line', yAxisIndex: 1, tooltip: { valueFormatter: percent },
            data: rows.map(function (r) { return number(r.win_rate.value); }) }
        ]
      };
    },

    traditional: function (table) {
      var rows = records(table).filter(function (r) { return r.salesperson.value === 'ALL'; });
      var heads = headings(table);
      var label = function (key) { return heads.filter(function (h) { return h.key === key; })[0].label; };
      return {
        tooltip: { trigger: 'axis', valueFormatter: amount },
        legend: {},
        grid: { containLabel: true, left: 8, right: 8, bottom: 8 },
        xAxis: { type: 'category', data: rows.map(function (r) { return r.period.text; }) },
        yAxis: amountAxis(),
        series: ['new_customer_visits', 'existing_customer_visits'].map(function (key, i) {
          return { name: label(key), type: 'bar', stack: 'visits', itemStyle: { color: COLOURS[i] },
            data: rows.map(function (r) { return number(r[key].value); }) };
        })
      };
    },

    versus: function (table) {
      var rows = records(table);
      var heads = headings(table);
      var label = function (key) { return heads.filter(function (h) { return h.key === key; })[0].label; };
      return {
        tooltip: { trigger: 'axis', valueFormatter: percent },
        legend: {},
        grid: { containLabel: true, left: 8, right: 8, bottom: 8 },
        xAxis: { type: 'category', data: rows.map(function (r) { return r.from_purpose.text + ' → ' + r.to_purpose.text; }) },
        yAxis: percentAxis(),
        series: ['rate', 'team_rate'].map(function (key, i) {
          return { name: label(key), type: 'bar', itemStyle: { color: COLOURS[i] },
            data: rows.map(function (r) { return number(r[key].value); }) };
        })
      };
    },

    heatmap: function (table) {
      var rows = records(table);
      var measure = table.closest('figure').getAttribute('data-measure') || 'won';
      var cohorts = [];
      var ages = [];
      rows.forEach(function (r) {
        if (cohorts.indexOf(r.cohort_month.value) < 0) { cohorts.push(r.cohort_month.value); }
        var age = number(r.age_month.value);
        if (ages.indexOf(age) < 0) { ages.push(age); }
      });
      ages.sort(function (a, b) { return a - b; });
      var data = rows.map(function (r) {
        return [ages.indexOf(number(r.age_month.value)), cohorts.indexOf(r.cohort_month.value), number(r[measure].value)];
      });
      var values = data.map(function (d) { return d[2]; }).filter(function (v) { return v !== null; });
      var isRate = measure !== 'order_intake';
      return {
        tooltip: { formatter: function (p) {
          return escaped(cohorts[p.value[1]] + ' +' + ages[p.value[0]] + ': ' + (isRate ? percent(p.value[2]) : amount(p.value[2])));
        } },
        grid: { containLabel: true, left: 8, right: 8, bottom: 48 },
        xAxis: { type: 'category', data: ages },
        yAxis: { type: 'category', data: cohorts },
        visualMap: { min: 0, max: values.length ? Math.max.apply(null, values.concat([isRate ? 1 : 0])) : 1,
          orient: 'horizontal', left: 'center', bottom: 0, calculable: true,
          inRange: { color: ['#f4f7fa', '#1f6f8b'] } },
        series: [{ type: 'heatmap', data: data, label: { show: false } }]
      };
    },

    scatter: function (table) {
      var rows = records(table);
      var heads = headings(table);
      var label = function (key) { return heads.filter(function (h) { return h.key === key; })[0].label; };
      var point = function (r) { return { name: r.customer.text, value: [number(r.hours.value), number(r.order_intake.value)] }; };
      return {
        tooltip: { formatter: function (p) { return escaped(p.name + ': ' + amount(p.value[0]) + ' h, ' + amount(p.value[1])); } },
        legend: {},
        grid: { containLabel: true, left: 8, right: 16, bottom: 8 },
        xAxis: amountAxis({ name: label('hours') }),
        yAxis: amountAxis({ name: label('order_intake') }),
        series: [
          { name: label('hours'), type: 'scatter', itemStyle: { color: COLOURS[0] },
            data: rows.filter(function (r) { return r.time_sink.value !== 'true'; }).map(point) },
          { name: label('time_sink'), type: 'scatter', symbol: 'triangle', symbolSize: 12, itemStyle: { color: MARK },
            data: rows.filter(function (r) { return r.time_sink.value === 'true'; }).map(point) }
        ]
      };
    },

    timeline: function (table) {
      var rows = records(table);
      var purposes = [];
      rows.forEach(function (r) { if (purposes.indexOf(r.purpose.text) < 0) { purposes.push(r.purpose.text); } });
      return {
        tooltip: { formatter: function (p) { return escaped(p.value[0] + ': ' + p.seriesName + ' (' + p.value[2] + ')'); } },
        legend: { type: 'scroll' },
        grid: { containLabel: true, left: 8, right: 16, bottom: 8 },
        xAxis: { type: 'time' },
        yAxis: { type: 'category', data: purposes },
        series: purposes.map(function (purpose, i) {
          return { name: purpose, type: 'scatter', itemStyle: { color: COLOURS[i % COLOURS.length] },
            data: rows.filter(function (r) { return r.purpose.text === purpose; })
              .map(function (r) { return [r.date.value, purpose, r.salesperson.text]; }) };
        })
      };
    }
  };

  function draw(figure) {
    var build = charts[figure.getAttribute('data-chart')];
    var table = figure.querySelector('table');
    var canvas = figure.querySelector('.canvas');
    if (!build || !table || !canvas || !window.echarts) { return; }
    // The canvas is hidden until a chart is drawn (no script, no empty box): show it first so
    // ECharts measures its real width.
    figure.classList.add('drawn');
    var chart = window.echarts.init(canvas, null, { renderer: 'canvas', locale: LOCALE });
    chart.setOption(build(table));
    window.addEventListener('resize', function () { chart.resize(); });
    window.addEventListener('beforeprint', function () { chart.resize(); });
  }

  var LOCALE = LANGUAGE.toUpperCase();
  if (window.echarts && LOCALE !== 'EN') { window.echarts.registerLocale(LOCALE, calendarWords()); }

  function drawAll() {
    Array.prototype.forEach.call(document.querySelectorAll('figure.chart'), draw);
    Array.prototype.forEach.call(document.querySelectorAll('[data-switch]'), function (control) {
      control.addEventListener('change', function () {
        var figure = document.getElementById(control.getAttribute('data-switch'));
        figure.setAttribute('data-measure', control.value);
        var chart = window.echarts.getInstanceByDom(figure.querySelector('.canvas'));
        chart.setOption(charts.heatmap(figure.querySelector('table')), true);
      });
    });
  }

  document.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('[data-print]')) { window.print(); }
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
}());
