using Notebooks.Engine.Documents;
using Xunit;

namespace Notebooks.Tests.Documents;

public class NotebookStripperTests
{
    [Fact]
    public void When_an_executed_notebook_is_stripped_then_the_clean_notebook_comes_back_byte_for_byte()
    {
        var executed = NotebookReader.Read(DocumentFixtures.PathOf("executed-polyglot.ipynb")).Notebook!;
        Assert.True(NotebookStripper.HasOutputs(executed));

        var changed = NotebookStripper.Strip(executed);

        Assert.True(changed);
        Assert.False(NotebookStripper.HasOutputs(executed));
        Assert.Equal(DocumentFixtures.Text("clean-polyglot.ipynb"), NotebookWriter.Serialize(executed));
    }

    [Fact]
    public void When_a_clean_notebook_is_stripped_then_nothing_changes()
    {
        var clean = NotebookReader.Read(DocumentFixtures.PathOf("clean-polyglot.ipynb")).Notebook!;

        Assert.False(NotebookStripper.HasOutputs(clean));
        Assert.False(NotebookStripper.Strip(clean));
        Assert.Equal(DocumentFixtures.Text("clean-polyglot.ipynb"), NotebookWriter.Serialize(clean));
    }

    [Fact]
    public void When_only_an_execution_count_is_left_then_the_notebook_counts_as_having_outputs()
    {
        var notebook = SampleNotebooks.Clean();
        notebook.Cells[1].ExecutionCount = 3;

        Assert.True(NotebookStripper.HasOutputs(notebook));
        Assert.True(NotebookStripper.Strip(notebook));
        Assert.Null(notebook.Cells[1].ExecutionCount);
    }
}
