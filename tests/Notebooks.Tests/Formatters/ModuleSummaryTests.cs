using Xunit;
using Notebooks.Kernel.Formatters;
using static TorchSharp.torch;

namespace Notebooks.Tests.Formatters;

public class ModuleSummaryTests
{
    static nn.Module Net() => nn.Sequential(("hidden", nn.Linear(4, 3)), ("act", nn.ReLU()), ("out", nn.Linear(3, 2)));

    [Fact]
    public void When_module_is_summarised_then_each_layer_has_its_shapes_and_counts_and_totals_add_up()
    {
        var summary = ModuleSummary.Of(Net());

        Assert.Equal(23, summary.TotalParameters);
        Assert.Equal(23, summary.TrainableParameters);
        Assert.Equal(["Sequential", "hidden", "act", "out"], summary.Rows.Select(r => r.Name));
        Assert.Equal([0, 1, 1, 1], summary.Rows.Select(r => r.Depth));
        var hidden = summary.Rows[1];
        Assert.Equal("Linear", hidden.Type);
        Assert.Equal(15, hidden.Parameters);
        Assert.Equal(["weight [3, 4]", "bias [3]"], hidden.ParameterShapes);
    }

    [Fact]
    public void When_a_layer_is_frozen_then_trainable_total_leaves_it_out()
    {
        var net = Net();
        foreach (var p in net.named_parameters().Where(p => p.name.StartsWith("hidden"))) p.parameter.requires_grad = false;

        var summary = ModuleSummary.Of(net);

        Assert.Equal(8, summary.TrainableParameters);
        Assert.Contains("Non-trainable parameters: 15", summary.ToText());
    }

    [Fact]
    public void When_modules_nest_then_children_are_indented_under_their_parent()
    {
        var net = nn.Sequential(("block", nn.Sequential(("inner", nn.Linear(2, 2)))));

        var text = ModuleSummary.Of(net).ToText();

        Assert.Contains("\n    inner", text);
        Assert.Contains("padding-left:3.5em", ModuleSummary.Of(net).ToHtml());
    }

    [Fact]
    public void When_layer_names_hold_markup_then_the_table_encodes_them()
    {
        var net = nn.Sequential((Hostile.Script, nn.Linear(1, 1)));

        Hostile.AssertEncoded(ModuleSummary.Of(net).ToHtml());
    }
}
