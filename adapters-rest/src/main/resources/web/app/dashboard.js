// The dashboard's charts: each <div data-chart> carries a complete ECharts option made by the server from the same
// figures as the table beside it; a data item with a "link" opens the records it counts.
import * as echarts from 'echarts';

function drawCharts() {
  const charts = [];
  document.querySelectorAll('[data-chart]').forEach((element) => {
    const option = JSON.parse(element.dataset.chart);
    const chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption(option);
    chart.on('click', (event) => {
      if (event.data && event.data.link) {
        window.location.href = event.data.link;
      }
    });
    element.dataset.drawn = 'true';
    charts.push(chart);
  });
  window.addEventListener('resize', () => charts.forEach((chart) => chart.resize()));
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', drawCharts);
} else {
  drawCharts();
}
