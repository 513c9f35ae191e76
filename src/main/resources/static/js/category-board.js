// Pass rate by province on a category board, from data attributes (no inline script, CSP-friendly).
(function () {
  var el = document.getElementById('region-chart');
  if (!el || !window.echarts) { return; }
  var labels = el.dataset.labels.split('|');
  var values = el.dataset.values.split('|').map(Number);
  var chart = echarts.init(el, null, { renderer: 'svg' });
  chart.setOption({
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: function (v) { return Math.max(0, Math.floor(v.min / 10) * 10 - 10); }, max: 100,
             axisLabel: { color: '#333', formatter: '{value}%' } },
    yAxis: { type: 'category', data: labels.slice().reverse(), axisLabel: { color: '#222' } },
    tooltip: { trigger: 'axis', valueFormatter: function (v) { return v + '%'; } },
    series: [{ name: el.dataset.series, type: 'bar', data: values.slice().reverse(), itemStyle: { color: '#B71C1C' },
               label: { show: true, position: 'right', color: '#222', formatter: '{c}%' } }],
    aria: { enabled: true },
    animation: !window.matchMedia('(prefers-reduced-motion: reduce)').matches
  });
  window.addEventListener('resize', function () { chart.resize(); });
}());
