/*
 * VisitPrep record charts. The server places each day on a linear axis by its time (milliseconds at midnight UTC);
 * this extender writes those numbers as dates in the page's language, on the axis and in the tooltips.
 */
window.VisitPrepCharts = {
    timeAxis: function () {
        var config = this.cfg.config;
        var dates = new Intl.DateTimeFormat(document.documentElement.lang || 'en',
            {year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC'});
        var asDate = function (millis) {
            return dates.format(new Date(millis));
        };
        var options = config.options = config.options || {};
        options.scales = options.scales || {};
        options.scales.x = options.scales.x || {};
        // a phone's narrow chart keeps a few dates, level, rather than many slanted ones
        var narrow = window.matchMedia && window.matchMedia('(max-width: 40em)').matches;
        options.scales.x.ticks = Object.assign({}, options.scales.x.ticks, {callback: asDate},
            narrow ? {maxTicksLimit: 4, maxRotation: 0, autoSkip: true} : {});
        options.maintainAspectRatio = false;
        options.plugins = options.plugins || {};
        options.plugins.tooltip = Object.assign({}, options.plugins.tooltip, {
            callbacks: {
                title: function (items) {
                    return items.length ? asDate(items[0].parsed.x) : '';
                }
            }
        });
    }
};
