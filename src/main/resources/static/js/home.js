// Draws the enterprises-per-category chart from data attributes (no inline script, CSP-friendly).
(function () {
  var el = document.getElementById('category-chart');
  if (!el || !window.echarts) { return; }
  var labels = el.dataset.labels.split('|');
  var values = el.dataset.values.split('|').map(Number);
  var chart = echarts.init(el, null, { renderer: 'svg' });
  chart.setOption({
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', axisLabel: { color: '#333' } },
    yAxis: { type: 'category', data: labels.slice().reverse(), axisLabel: { color: '#222' } },
    tooltip: { trigger: 'axis' },
    series: [{ type: 'bar', data: values.slice().reverse(), itemStyle: { color: '#B71C1C' },
               label: { show: true, position: 'right', color: '#222' } }],
    aria: { enabled: true },
    animation: !window.matchMedia('(prefers-reduced-motion: reduce)').matches
  });
  window.addEventListener('resize', function () { chart.resize(); });
}());
