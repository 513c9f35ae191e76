// One bar chart per statistics block, from data attributes (no inline script, CSP-friendly).
(function () {
  if (!window.echarts) { return; }
  document.querySelectorAll('.stats-chart').forEach(function (el) {
    var labels = el.dataset.labels ? el.dataset.labels.split('|') : [];
    var values = el.dataset.values ? el.dataset.values.split('|').map(Number) : [];
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: labels, axisLabel: { color: '#222', interval: 0, rotate: labels.length > 8 ? 45 : 0 } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#333' } },
      series: [{ type: 'bar', data: values, itemStyle: { color: '#B71C1C' }, label: { show: labels.length <= 8, position: 'top', color: '#222' } }],
      aria: { enabled: true },
      animation: !window.matchMedia('(prefers-reduced-motion: reduce)').matches
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());
