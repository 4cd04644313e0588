namespace Notebooks.Kernel.Reinforcement;

/// <summary>
/// The last <see cref="Capacity"/> transitions an agent saw; the oldest is overwritten when full. Sampling
/// at random from it breaks the correlation between consecutive steps that makes a network forget.
/// </summary>
public sealed class ReplayBuffer<T>
{
    readonly T[] items;
    int next;

    public ReplayBuffer(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        items = new T[capacity];
    }

    public int Capacity => items.Length;
    public int Count { get; private set; }

    public void Add(T item)
    {
        items[next] = item;
        next = (next + 1) % Capacity;
        Count = Math.Min(Count + 1, Capacity);
    }

    /// <summary><paramref name="size"/> items drawn uniformly with replacement.</summary>
    public T[] Sample(int size, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        if (Count == 0) throw new InvalidOperationException("ReplayBuffer.Sample: the buffer is empty; Add transitions first.");
        var batch = new T[size];
        for (var i = 0; i < size; i++) batch[i] = items[random.Next(Count)];
        return batch;
    }
}
