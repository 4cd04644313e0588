namespace Notebooks.Kernel.Training;

/// <summary>Row indices cut into mini-batches; the last batch may be smaller.</summary>
public static class Batches
{
    /// <summary>A fresh random order each call; the same seeded <paramref name="random"/> gives the same batches.</summary>
    public static IEnumerable<long[]> Shuffled(int count, int batchSize, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        return ShuffledOrder(count, random).Chunk(batchSize);
    }

    /// <summary>All row indices in one seeded random order: <see cref="Shuffled"/>'s batches, end to end.</summary>
    public static long[] ShuffledOrder(int count, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var order = Indices(count);
        random.Shuffle(order);
        return order;
    }

    public static IEnumerable<long[]> InOrder(int count, int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        return Indices(count).Chunk(batchSize);
    }

    static long[] Indices(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var indices = new long[count];
        for (var i = 0; i < count; i++) indices[i] = i;
        return indices;
    }
}
