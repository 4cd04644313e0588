using Microsoft.Data.Analysis;
using Notebooks.Kernel.Data;

namespace Notebooks.Kernel.Cleaning;

/// <summary>Lesson 01's preparation of the penguins data, as one call for the lessons after it:
/// <c>PenguinsPreparation.Load()</c> reads artifacts/prepared/penguins-*.csv, or prepares and saves them.</summary>
public static class PenguinsPreparation
{
    public const string Name = "penguins";
    public const string Label = "Species";
    public const int DefaultSeed = 42;
    public const double ValidationShare = 0.15, TestShare = 0.15;
    public static readonly string[] Measurements = ["Beak Length (mm)", "Beak Depth (mm)", "Flipper Length (mm)", "Body Mass (g)"];
    public static readonly string[] Categories = ["Island", "Sex"];

    /// <summary>Row numbers, "." → null, one spelling per category, rows with no measurements quarantined, duplicates quarantined.</summary>
    public static CleaningResult Clean(DataFrame raw) =>
        CleaningResult.Start(RowNumbers.Add(raw))
            .Then(df => Placeholders.ToNull(df))
            .Then(df => CategoryText.Normalise(df, "Sex"))
            .Then(df => MissingValues.DropRows(df, Measurements))
            .Then(df => Duplicates.Remove(df, [Label, .. Categories, .. Measurements]));

    /// <summary>A stratified split of the clean rows; a missing sex is filled with the training split's most common one.</summary>
    public static DataSplit Split(DataFrame clean, int seed)
    {
        var split = Splits.Stratified(clean, Label, ValidationShare, TestShare, seed);
        var sex = Imputer.Fit(split.Train, "Sex", ImputeStrategy.Mode);
        return new DataSplit(sex.Transform(split.Train), sex.Transform(split.Validation), sex.Transform(split.Test));
    }

    public static DataSplit Prepare(int seed = DefaultSeed) => Split(Clean(Datasets.Load(Name)).Clean, seed);

    /// <summary>artifacts/prepared/penguins-{train,validation,test}.csv (lesson 01 writes them); prepared and saved
    /// here when missing or stale. Another seed gets its own files (penguins-seed7-train.csv, ...).</summary>
    public static DataSplit Load(int seed = DefaultSeed, string? folder = null) =>
        PreparedSplits.LoadOrPrepare(FileName(seed), Fingerprint(seed), () => Prepare(seed), folder);

    /// <summary>Saves a split of the penguins (lesson 01's own) where <see cref="Load"/> finds it.</summary>
    public static IReadOnlyList<string> Save(DataSplit split, int seed = DefaultSeed, string? folder = null) =>
        PreparedSplits.Save(split, FileName(seed), Fingerprint(seed), folder);

    /// <summary>The data file's SHA-256, the seed, and this library's build: the recipe is this code, and any change
    /// to it gives the library a new module version id (builds are deterministic, so an unchanged one keeps its id).</summary>
    public static string Fingerprint(int seed = DefaultSeed) =>
        $"data {Datasets.Info(Name).Sha256}; seed {seed}; recipe {typeof(PenguinsPreparation).Module.ModuleVersionId}";

    public static string FileName(int seed = DefaultSeed) => seed == DefaultSeed ? Name : $"{Name}-seed{seed}";
}
