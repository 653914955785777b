// Draws every [data-chart] element with Apache ECharts: a bar per category and measure, and where the chart names
// one, a click on a bar opens the list of claims behind it. The table beside each chart holds the same numbers for
// everyone. Used by the dashboards and the open statistics.
(function () {
  // Numbers as the page's reader writes them (<html lang>): "1 234 567,89" and "64,7 %" in Estonian, "1,234,567.89"
  // and "64.7%" in English. A series of shares carries "percent": true, its values already in per cent.
  function format(value, spec) {
    if (value === null || value === undefined || value === '' || isNaN(value)) {
      return '–';
    }
    var english = document.documentElement.lang === 'en';
    // 'always': group four-digit numbers too ("1 497,95"), as the tables do (CLDR's Estonian would not)
    var number = new Intl.NumberFormat(english ? 'en-GB' : 'et-EE', {maximumFractionDigits: 2, useGrouping: 'always'})
        .format(value);
    if (spec && spec.percent) {
      // Estonian writes a space before the sign (CLDR's et pattern does not), English none
      return number + (english ? '%' : '\u00a0%');
    }
    return number;
  }

  function draw(root) {
    if (typeof echarts === 'undefined') {
      return;
    }
    root.querySelectorAll('[data-chart]').forEach(function (element) {
      var spec = JSON.parse(element.getAttribute('data-chart'));
      var chart = echarts.getInstanceByDom(element) || echarts.init(element);
      chart.setOption({
        animation: false,
        tooltip: {trigger: 'axis'},
        legend: {top: 0},
        grid: {left: 60, right: 20, top: 40, bottom: 60},
        xAxis: {type: 'category', data: spec.categories, axisLabel: {interval: 0, rotate: spec.categories.length > 6 ? 30 : 0}},
        // a share's axis spans its data (a few points apart would vanish on 0–100)
        yAxis: {type: 'value', scale: !!spec.zoom,
          min: spec.zoom ? function (v) { return Math.max(0, Math.floor(v.min - 1)); } : null,
          max: spec.zoom ? function (v) { return Math.min(100, Math.ceil(v.max + 1)); } : null,
          axisLabel: {formatter: function (value) {
          return format(value, {percent: spec.series.length > 0 && spec.series.every(function (s) { return s.percent; })});
        }}},
        series: spec.series.map(function (s) {
          return {name: s.name, type: 'bar', data: s.data, tooltip: {valueFormatter: function (value) { return format(value, s); }}};
        })
      }, true);
      chart.off('click');
      chart.on('click', function (event) {
        var target = spec.drill ? spec.drill[event.dataIndex] : null;
        if (target) {
          window.location.href = target;
        }
      });
    });
  }
  document.addEventListener('DOMContentLoaded', function () { draw(document); });
  document.addEventListener('htmx:afterSettle', function () { draw(document); });
  window.addEventListener('resize', function () {
    document.querySelectorAll('[data-chart]').forEach(function (element) {
      var chart = typeof echarts === 'undefined' ? null : echarts.getInstanceByDom(element);
      if (chart) {
        chart.resize();
      }
    });
  });
})();
