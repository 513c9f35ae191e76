// Open and overdue disposal tasks per region on the authority dashboard, from data attributes (CSP-friendly).
(function () {
  var el = document.getElementById('overdue-chart');
  if (!el || !window.echarts) { return; }
  var labels = el.dataset.labels.split('|');
  var open = el.dataset.open.split('|').map(Number);
  var overdue = el.dataset.overdue.split('|').map(Number);
  el.style.height = Math.max(160, 28 * labels.length + 60) + 'px';
  var chart = echarts.init(el, null, { renderer: 'svg' });
  chart.setOption({
    grid: { left: 8, right: 40, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { color: '#222' } },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#333' } },
    yAxis: { type: 'category', data: labels.slice().reverse(), axisLabel: { color: '#222' } },
    tooltip: { trigger: 'axis' },
    series: [
      { name: el.dataset.openLabel, type: 'bar', data: open.slice().reverse(), itemStyle: { color: '#5f6b7a' } },
      { name: el.dataset.overdueLabel, type: 'bar', data: overdue.slice().reverse(), itemStyle: { color: '#B71C1C' },
        label: { show: true, position: 'right', color: '#222' } }
    ],
    aria: { enabled: true },
    animation: !window.matchMedia('(prefers-reduced-motion: reduce)').matches
  });
  window.addEventListener('resize', function () { chart.resize(); });
}());
