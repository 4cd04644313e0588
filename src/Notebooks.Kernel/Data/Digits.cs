namespace Notebooks.Kernel.Data;

/// <summary>The digits data set in tensor-friendly arrays: <c>Pixels[i, 0..63]</c> is image i row by row
/// (intensities 0-16), <c>Labels[i]</c> its digit.</summary>
public sealed record DigitsData(float[,] Pixels, int[] Labels)
{
    public const int Side = 8;
    public int Count => Labels.Length;
}

public static class Digits
{
    public static DigitsData Load()
    {
        var frame = Datasets.Load("digits");
        int n = (int)frame.Rows.Count, pixels = Side * Side;
        var x = new float[n, pixels];
        var y = new int[n];
        var columns = Enumerable.Range(0, pixels).Select(p => frame.Columns[$"pixel{p}"]).ToArray();
        var label = frame.Columns["label"];
        for (int i = 0; i < n; i++)
        {
            for (int p = 0; p < pixels; p++)
                x[i, p] = Convert.ToSingle(columns[p][i]);
            y[i] = Convert.ToInt32(label[i]);
        }
        return new DigitsData(x, y);
    }

    const int Side = DigitsData.Side;
}
