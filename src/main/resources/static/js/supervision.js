// Stacked bars of plan progress per region, read from data attributes (no inline script, CSP-friendly).
(function () {
  var el = document.getElementById('progress-chart');
  if (!el || !window.echarts) { return; }
  var labels = el.dataset.labels ? el.dataset.labels.split('|') : [];
  var names = el.dataset.series.split('|');
  var keys = ['notSubmitted', 'waiting', 'returned', 'accepted'];
  var colors = ['#8a8f94', '#0b5ed7', '#b02a37', '#146c43'];
  var series = keys.map(function (key, i) {
    var values = el.dataset[key] ? el.dataset[key].split('|').map(Number) : [];
    return { name: names[i], type: 'bar', stack: 'plans', data: values, itemStyle: { color: colors[i] } };
  });
  var chart = echarts.init(el, null, { renderer: 'svg' });
  chart.setOption({
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { color: '#222' } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: labels, axisLabel: { color: '#222', interval: 0, rotate: labels.length > 12 ? 45 : 0 } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#333' } },
    series: series,
    aria: { enabled: true },
    animation: !window.matchMedia('(prefers-reduced-motion: reduce)').matches
  });
  window.addEventListener('resize', function () { chart.resize(); });
}());

