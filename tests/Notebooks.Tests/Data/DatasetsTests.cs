using Microsoft.Data.Analysis;
using Notebooks.Kernel.Data;
using Xunit;

namespace Notebooks.Tests.Data;

public class DatasetsTests
{
    public static TheoryData<string> Names => new(DatasetCatalog.All.Select(d => d.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void When_a_catalogued_data_set_is_loaded_then_its_shape_matches_the_catalog(string name)
    {
        var info = Datasets.Info(name);
        var df = Datasets.Load(name);
        Assert.Equal((long)info.Rows, df.Rows.Count);
        Assert.Equal(info.Columns, df.Columns.Count);
    }

    [Fact]
    public void When_penguins_are_loaded_then_missing_values_are_null_and_the_dot_sex_is_kept()
    {
        var df = Datasets.Load("penguins");
        Assert.IsType<DoubleDataFrameColumn>(df.Columns["Body Mass (g)"]);
        Assert.Equal(2, df.Columns["Body Mass (g)"].NullCount);
        Assert.Equal(10, df.Columns["Sex"].NullCount);
        Assert.Equal(1, df.Columns["Sex"].Cast<string?>().Count(s => s == "."));
        Assert.Equal(3750.0, df.Columns["Body Mass (g)"][0]);
    }

    [Fact]
    public void When_dated_files_are_loaded_then_dates_are_DateTime_and_labels_are_typed()
    {
        Assert.Equal(new DateTime(2000, 1, 1), Datasets.Load("sp500").Columns["date"][0]);
        Assert.IsType<DateTimeDataFrameColumn>(Datasets.Load("seattle-weather").Columns["date"]);
        var cancer = Datasets.Load("breast-cancer");
        Assert.IsType<BooleanDataFrameColumn>(cancer.Columns["malignant"]);
        Assert.Equal(212, cancer.Columns["malignant"].Cast<bool?>().Count(m => m == true));
    }

    [Fact]
    public void When_spam_is_loaded_then_it_has_balanced_labels_and_raw_text()
    {
        var spam = Datasets.Load("spam");
        var labels = spam.Columns["label"].Cast<string>().GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(1000, labels["ham"]);
        Assert.Equal(1000, labels["spam"]);
        Assert.Contains(spam.Columns["text"].Cast<string>(), t => t.Contains("<html", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void When_digits_are_loaded_as_arrays_then_pixels_are_N_by_64_and_labels_0_to_9()
    {
        var d = Digits.Load();
        Assert.Equal(1797, d.Count);
        Assert.Equal(64, d.Pixels.GetLength(1));
        Assert.Equal(1797, d.Pixels.GetLength(0));
        Assert.Equal(Enumerable.Range(0, 10), d.Labels.Distinct().Order());
        Assert.Equal(13f, d.Pixels[0, 3]);  // first image, row 0: 0,0,5,13,9,1,0,0
        Assert.InRange(d.Pixels.Cast<float>().Max(), 16f, 16f);
    }

    [Fact]
    public void When_a_name_is_unknown_then_the_error_lists_the_valid_names()
    {
        var e = Assert.Throws<UnknownDatasetException>(() => Datasets.Load("pengiuns"));
        Assert.Contains("'pengiuns'", e.Message);
        Assert.Contains("penguins, movies", e.Message);
    }

    [Fact]
    public void When_a_file_was_changed_then_loading_fails_with_both_checksums()
    {
        var folder = Directory.CreateTempSubdirectory("data-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "sp500.csv"), "date,price\n2000-01-01,1\n");
            var e = Assert.Throws<DataFileException>(() => Datasets.Load("sp500", folder));
            Assert.Contains("sp500.csv: SHA-256 is ", e.Message);
            Assert.Contains(Datasets.Info("sp500").Sha256, e.Message);
        }
        finally { Directory.Delete(folder, true); }
    }

    [Fact]
    public void When_no_data_folder_is_above_the_start_then_the_error_says_where_it_looked()
    {
        var start = Directory.CreateTempSubdirectory("nodata-").FullName;
        try
        {
            var e = Assert.Throws<DirectoryNotFoundException>(() => DataFolder.Locate(start));
            Assert.Contains(start, e.Message);
            Assert.Contains(DataFolder.EnvironmentVariable, e.Message);
        }
        finally { Directory.Delete(start); }
    }

    [Fact]
    public void When_started_inside_the_repository_then_the_data_folder_is_found()
    {
        Assert.True(File.Exists(Path.Combine(DataFolder.Locate(), "penguins.csv")));
    }
}
