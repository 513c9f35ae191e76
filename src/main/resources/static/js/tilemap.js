// Province tile map: one square per province in its rough geographic place, coloured by a value read from
// data attributes (data-codes, data-names, data-values, data-suffix, data-legend, data-link with {code}).
(function () {
  if (!window.echarts) { return; }
  var places = {
    '230000': [7, 0], '650000': [0, 1], '620000': [2, 1], '150000': [4, 1], '110000': [5, 1], '220000': [7, 1],
    '630000': [1, 2], '640000': [3, 2], '140000': [4, 2], '130000': [5, 2], '120000': [6, 2], '210000': [7, 2],
    '540000': [0, 3], '510000': [2, 3], '610000': [3, 3], '410000': [4, 3], '370000': [5, 3],
    '500000': [3, 4], '420000': [4, 4], '340000': [5, 4], '320000': [6, 4], '310000': [7, 4],
    '530000': [2, 5], '520000': [3, 5], '430000': [4, 5], '360000': [5, 5], '330000': [6, 5],
    '450000': [3, 6], '440000': [4, 6], '350000': [5, 6], '460000': [4, 7]
  };
  document.querySelectorAll('.tile-map').forEach(function (el) {
    var codes = el.dataset.codes ? el.dataset.codes.split('|') : [];
    var names = el.dataset.names ? el.dataset.names.split('|') : [];
    var values = el.dataset.values ? el.dataset.values.split('|').map(Number) : [];
    var suffix = el.dataset.suffix || '';
    var data = [];
    codes.forEach(function (code, i) {
      if (places[code]) {
        data.push({ value: [places[code][0], places[code][1], values[i]], code: code, name: names[i] });
      }
    });
    var max = Math.max.apply(null, values.concat([1]));
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      grid: { left: 4, right: 4, top: 4, bottom: 48 },
      xAxis: { type: 'category', data: [0, 1, 2, 3, 4, 5, 6, 7], show: false },
      yAxis: { type: 'category', data: [0, 1, 2, 3, 4, 5, 6, 7], inverse: true, show: false },
      visualMap: { min: 0, max: suffix === '%' ? 100 : max, orient: 'horizontal', left: 'center', bottom: 0,
                   text: [(suffix === '%' ? 100 : max) + suffix, el.dataset.legend + ' 0' + suffix],
                   inRange: { color: ['#f4e3e3', '#d98c8c', '#7f0000'] }, textStyle: { color: '#222' } },
      tooltip: { formatter: function (p) { return p.data.name + ': ' + p.data.value[2] + suffix; } },
      series: [{ type: 'heatmap', data: data, itemStyle: { borderColor: '#fff', borderWidth: 3 },
                 label: { show: true, color: '#111', textBorderColor: '#fff', textBorderWidth: 2, fontSize: 11,
                          formatter: function (p) { return p.data.name.replace(/(省|市|自治区|壮族|回族|维吾尔)/g, '') + '\n' + p.data.value[2] + suffix; } } }],
      aria: { enabled: true },
      animation: !window.matchMedia('(prefers-reduced-motion: reduce)').matches
    });
    if (el.dataset.link) {
      chart.on('click', function (p) { window.location.href = el.dataset.link.replace('{code}', p.data.code); });
    }
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());
