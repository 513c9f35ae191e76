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

// Province tile map: one square per province in its rough geographic place, coloured by the share of
// obliged organisations whose plan is accepted; a click drills down to the province.
(function () {
  var el = document.getElementById('tile-map');
  if (!el || !window.echarts) { return; }
  var places = {
    '230000': [7, 0], '650000': [0, 1], '620000': [2, 1], '150000': [4, 1], '110000': [5, 1], '220000': [7, 1],
    '630000': [1, 2], '640000': [3, 2], '140000': [4, 2], '130000': [5, 2], '120000': [6, 2], '210000': [7, 2],
    '540000': [0, 3], '510000': [2, 3], '610000': [3, 3], '410000': [4, 3], '370000': [5, 3],
    '500000': [3, 4], '420000': [4, 4], '340000': [5, 4], '320000': [6, 4], '310000': [7, 4],
    '530000': [2, 5], '520000': [3, 5], '430000': [4, 5], '360000': [5, 5], '330000': [6, 5],
    '450000': [3, 6], '440000': [4, 6], '350000': [5, 6], '460000': [4, 7]
  };
  var codes = el.dataset.codes ? el.dataset.codes.split('|') : [];
  var names = el.dataset.names.split('|');
  var accepted = el.dataset.accepted.split('|').map(Number);
  var obliged = el.dataset.obligations.split('|').map(Number);
  var data = [];
  codes.forEach(function (code, i) {
    var place = places[code];
    if (!place) { return; }
    var share = obliged[i] > 0 ? Math.round(100 * accepted[i] / obliged[i]) : 0;
    data.push({ value: [place[0], place[1], share], code: code, name: names[i], accepted: accepted[i], obliged: obliged[i] });
  });
  var chart = echarts.init(el, null, { renderer: 'svg' });
  chart.setOption({
    grid: { left: 4, right: 4, top: 4, bottom: 48 },
    xAxis: { type: 'category', data: [0, 1, 2, 3, 4, 5, 6, 7], show: false },
    yAxis: { type: 'category', data: [0, 1, 2, 3, 4, 5, 6, 7], inverse: true, show: false },
    visualMap: { min: 0, max: 100, orient: 'horizontal', left: 'center', bottom: 0, text: ['100%', el.dataset.legend + ' 0%'],
                 inRange: { color: ['#f4e3e3', '#d98c8c', '#7f0000'] }, textStyle: { color: '#222' } },
    tooltip: { formatter: function (p) { return p.data.name + ': ' + p.data.accepted + ' / ' + p.data.obliged; } },
    series: [{ type: 'heatmap', data: data, itemStyle: { borderColor: '#fff', borderWidth: 3 },
               label: { show: true, color: '#111', textBorderColor: '#fff', textBorderWidth: 2, fontSize: 11,
                        formatter: function (p) { return p.data.name.replace(/(省|市|自治区|壮族|回族|维吾尔)/g, '') + '\n' + p.data.value[2] + '%'; } } }],
    aria: { enabled: true },
    animation: !window.matchMedia('(prefers-reduced-motion: reduce)').matches
  });
  chart.on('click', function (p) { window.location.search = '?province=' + p.data.code; });
  window.addEventListener('resize', function () { chart.resize(); });
}());
