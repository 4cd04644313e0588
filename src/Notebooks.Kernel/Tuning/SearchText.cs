using System.Globalization;

namespace Notebooks.Kernel.Tuning;

static class SearchText
{
    /// <summary>Whole numbers without decimals, others with four significant digits.</summary>
    public static string Number(double value) =>
        double.IsNaN(value) ? "–"
        : value == Math.Round(value) && Math.Abs(value) < 1e9 ? value.ToString("0", CultureInfo.InvariantCulture)
        : value.ToString("G4", CultureInfo.InvariantCulture);

    public static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}
