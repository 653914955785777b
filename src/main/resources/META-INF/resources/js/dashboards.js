// Draws every [data-chart] element with Apache ECharts: a bar per category and measure, and a click on a bar
// opens the list of claims behind it. The table beside each chart holds the same numbers for everyone.
(function () {
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
        yAxis: {type: 'value'},
        series: spec.series.map(function (s) { return {name: s.name, type: 'bar', data: s.data}; })
      }, true);
      chart.off('click');
      chart.on('click', function (event) {
        var target = spec.drill[event.dataIndex];
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
