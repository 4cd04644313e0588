namespace Notebooks.Kernel.Data;

/// <summary>What a learner should know about a data set before using it: where it came from, under which
/// licence, its shape, and the SHA-256 its file must have.</summary>
public sealed record DatasetInfo(
    string Name, string File, string Description, string Source, string Licence, int Rows, int Columns, string Sha256);
