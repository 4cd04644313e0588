namespace Notebooks.Tests.Training;

/// <summary>A clock that moves only when told, for throttling tests.</summary>
sealed class ManualClock : TimeProvider
{
    long ticks;

    public void Advance(TimeSpan by) => ticks += by.Ticks;
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;
    public override long GetTimestamp() => ticks;
}
