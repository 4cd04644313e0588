namespace Notebooks.Kernel.Training;

/// <summary>Row indices cut into mini-batches; the last batch may be smaller.</summary>
public static class Batches
{
    /// <summary>A fresh random order each call; the same seeded <paramref name="random"/> gives the same batches.</summary>
    public static IEnumerable<long[]> Shuffled(int count, int batchSize, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var order = Indices(count, batchSize);
        random.Shuffle(order);
        return order.Chunk(batchSize);
    }

    public static IEnumerable<long[]> InOrder(int count, int batchSize) => Indices(count, batchSize).Chunk(batchSize);

    static long[] Indices(int count, int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var indices = new long[count];
        for (var i = 0; i < count; i++) indices[i] = i;
        return indices;
    }
}
