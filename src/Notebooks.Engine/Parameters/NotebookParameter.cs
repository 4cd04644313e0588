namespace Notebooks.Engine.Parameters;

/// <summary>
/// One declaration of the parameters cell, e.g. <c>int epochs = 3;</c>. Type is the C# keyword (a
/// <c>var</c> resolved from its literal); Line is 1-based within the cell.
/// </summary>
public sealed record NotebookParameter(string Name, string Type, string DefaultLiteral, int Line);
