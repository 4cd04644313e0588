using Microsoft.Data.Analysis;
using Notebooks.Kernel.Cleaning;
using Notebooks.Kernel.Data;
using Xunit;
using static Notebooks.Tests.Cleaning.Frame;

namespace Notebooks.Tests.Cleaning;

public sealed class PreparedSplitsTests : IDisposable
{
    readonly string folder = Path.Combine(Path.GetTempPath(), "prepared-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void When_a_frame_is_written_as_csv_then_it_reads_back_with_the_same_types_and_values()
    {
        var df = Of(Text("title", "1776", "Say \"hi\", Bob", "", null), Num("x", 0.1, -2.5e-8, null, 3));
        df.Columns.Add(new DateTimeDataFrameColumn("d", [new DateTime(1998, 6, 12), null, new DateTime(2001, 1, 2, 3, 4, 5), null]));
        df.Columns.Add(new BooleanDataFrameColumn("b", [true, false, null, true]));
        var back = TabularFile.Read(System.Text.Encoding.UTF8.GetBytes(CsvWriter.ToText(df)), "t.csv");
        Assert.Equal(["title", "x", "d", "b"], back.Columns.Select(c => c.Name));
        Assert.IsType<StringDataFrameColumn>(back.Columns["title"]);
        foreach (var c in df.Columns) Assert.Equal(Values(df, c.Name), Values(back, c.Name));
    }

    [Fact]
    public void When_the_saved_split_is_missing_then_it_is_prepared_saved_and_later_loaded_without_preparing()
    {
        int prepared = 0;
        DataSplit Prepare()
        {
            prepared++;
            return new DataSplit(Of(Text("y", "a", "b")), Of(Text("y", "a")), Of(Text("y", "b")));
        }
        Assert.Null(PreparedSplits.TryLoad("toy", "v1", folder));
        var first = PreparedSplits.LoadOrPrepare("toy", "v1", Prepare, folder);
        var second = PreparedSplits.LoadOrPrepare("toy", "v1", Prepare, folder);
        Assert.Equal(1, prepared);
        Assert.Equal(["a", "b"], Values(second.Train, "y"));
        Assert.Equal(["toy-train.csv", "toy-validation.csv", "toy-test.csv"], PreparedSplits.Paths("toy", folder).Select(Path.GetFileName));
        Assert.Equal(Values(first.Test, "y"), Values(second.Test, "y"));
    }

    [Fact]
    public void When_one_file_of_a_split_is_missing_then_the_split_is_prepared_again()
    {
        var split = new DataSplit(Of(Text("y", "a")), Of(Text("y", "a")), Of(Text("y", "a")));
        PreparedSplits.Save(split, "toy", "v1", folder);
        File.Delete(PreparedSplits.Paths("toy", folder)[1]);
        Assert.Null(PreparedSplits.TryLoad("toy", "v1", folder));
    }

    [Fact]
    public void When_a_split_was_saved_with_another_fingerprint_then_it_is_prepared_again_and_restamped()
    {
        var old = new DataSplit(Of(Text("y", "old")), Of(Text("y", "old")), Of(Text("y", "old")));
        var fresh = new DataSplit(Of(Text("y", "new")), Of(Text("y", "new")), Of(Text("y", "new")));
        PreparedSplits.Save(old, "toy", "data A; recipe 1", folder);
        Assert.Null(PreparedSplits.TryLoad("toy", "data B; recipe 1", folder));
        var loaded = PreparedSplits.LoadOrPrepare("toy", "data B; recipe 1", () => fresh, folder);
        Assert.Equal(["new"], Values(loaded.Train, "y"));
        Assert.Equal("data B; recipe 1", File.ReadAllText(PreparedSplits.FingerprintPath("toy", folder)));
    }

    [Fact]
    public void When_split_files_have_no_fingerprint_then_they_are_not_served()
    {
        var split = new DataSplit(Of(Text("y", "a")), Of(Text("y", "a")), Of(Text("y", "a")));
        PreparedSplits.Save(split, "toy", "v1", folder);
        File.Delete(PreparedSplits.FingerprintPath("toy", folder));
        Assert.Null(PreparedSplits.TryLoad("toy", "v1", folder));
    }

    [Fact]
    public void When_penguins_are_saved_for_another_seed_then_the_fingerprint_differs_and_names_the_data_checksum()
    {
        Assert.NotEqual(PenguinsPreparation.Fingerprint(42), PenguinsPreparation.Fingerprint(7));
        Assert.Contains(Datasets.Info("penguins").Sha256, PenguinsPreparation.Fingerprint());
    }

    [Fact]
    public void When_penguins_are_loaded_twice_then_the_saved_files_give_the_prepared_split()
    {
        var loaded = PenguinsPreparation.Load(folder: folder);
        Assert.True(File.Exists(Path.Combine(folder, "penguins-train.csv")));
        var fresh = PenguinsPreparation.Prepare();
        Assert.Equal(Values(fresh.Test, "Row").Select(Convert.ToDouble), Values(loaded.Test, "Row").Select(Convert.ToDouble));
        Assert.Equal(Values(fresh.Train, "Sex"), Values(PenguinsPreparation.Load(folder: folder).Train, "Sex"));
        Assert.Equal(342, loaded.Train.Rows.Count + loaded.Validation.Rows.Count + loaded.Test.Rows.Count);
        Assert.Equal(0, loaded.Train.Columns["Sex"].NullCount);
    }

    [Fact]
    public void When_penguins_are_cleaned_then_the_quarantine_names_the_raw_rows_with_no_measurements()
    {
        var r = PenguinsPreparation.Clean(Datasets.Load("penguins"));
        Assert.Equal(344, r.TotalRows);
        Assert.Equal([4, 340], Values(r.Quarantine, "Row"));
        Assert.All(Values(r.Quarantine, CleaningResult.ReasonColumn), reason => Assert.StartsWith("missing Beak Length (mm)", (string?)reason));
    }
}
