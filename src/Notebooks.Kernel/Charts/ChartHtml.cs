using System.Security.Cryptography;
using System.Text;

namespace Notebooks.Kernel.Charts;

/// <summary>
/// Turns a Plotly figure into HTML that draws the same everywhere: a div whose id is a hash of the figure
/// (same chart, same bytes) and a script that uses window.Plotly when the page has it (offline reports
/// inline plotly.js), else loads plotly.js the way notebook front ends do (require.js, or a script tag).
/// </summary>
static class ChartHtml
{
    public static string Render(string figureJson, int width, int height)
    {
        var id = "plotly-chart-" + Hash(figureJson);
        return $$"""
            <div class="{{PlotlyJs.ChartCssClass}}" id="{{id}}" style="width:{{width}}px;height:{{height}}px"></div>
            <script type="text/javascript">
            (function () {
              var figure = {{ScriptSafe(figureJson)}};
              var undrawn = document.querySelectorAll('div.{{PlotlyJs.ChartCssClass}}[id="{{id}}"]:not([data-drawn])');
              var div = undrawn[undrawn.length - 1];
              if (!div) return;
              div.setAttribute('data-drawn', '');
              var draw = function (Plotly) { Plotly.newPlot(div, figure.data, figure.layout, { displaylogo: false }); };
              if (window.Plotly) { draw(window.Plotly); return; }
              var src = '{{PlotlyJs.CdnUrlWithoutExtension}}';
              if (typeof window.requirejs === 'function' && typeof window.requirejs.config === 'function') {
                window.requirejs.config({ context: 'notebooks-plotly', paths: { plotly: src } })(['plotly'], draw);
                return;
              }
              window.notebooksPlotly = window.notebooksPlotly || new Promise(function (resolve, reject) {
                var script = document.createElement('script');
                script.src = src + '.js';
                script.onload = function () { resolve(window.Plotly); };
                script.onerror = reject;
                document.head.appendChild(script);
              });
              window.notebooksPlotly.then(draw);
            })();
            </script>
            """;
    }

    static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    /// <summary>JSON is valid JavaScript; these escapes keep "&lt;/script&gt;" or "&lt;!--" inside a string from ending the script.</summary>
    static string ScriptSafe(string json) => json
        .Replace("<", "\\u003c").Replace(">", "\\u003e").Replace("&", "\\u0026")
        .Replace("\u2028", "\\u2028").Replace("\u2029", "\\u2029");
}
