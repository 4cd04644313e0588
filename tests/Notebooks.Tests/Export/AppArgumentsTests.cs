using Notebooks.Kernel.FileApps;

namespace Notebooks.Tests.Export;

public class AppArgumentsTests
{
    static readonly string[] Names = ["quick", "epochs", "rate", "name"];

    [Fact]
    public void When_values_are_given_then_they_override_the_defaults_and_the_rest_keep_them()
    {
        var arguments = AppArguments.Parse(["--quick", "true", "--rate=-0.25", "--name", "a b"], Names);
        Assert.True(arguments.Get("quick", false));
        Assert.Equal(-0.25, arguments.Get("rate", 1.0));
        Assert.Equal("a b", arguments.Get("name", ""));
        Assert.Equal(20, arguments.Get("epochs", 20));
    }

    [Theory]
    [InlineData(new[] { "--fast", "1" }, "unknown parameter --fast. Parameters: --quick, --epochs, --rate, --name.")]
    [InlineData(new[] { "--epochs" }, "--epochs needs a value, e.g. --epochs <value>.")]
    [InlineData(new[] { "quick" }, "'quick' is not a parameter; expected --name value.")]
    [InlineData(new[] { "--quick", "true", "--quick", "false" }, "--quick is given twice.")]
    public void When_the_command_line_is_wrong_then_parsing_says_why(string[] args, string expected)
    {
        var error = Assert.Throws<AppArgumentException>(() => AppArguments.Parse(args, Names));
        Assert.StartsWith(expected, error.Message);
    }

    [Fact]
    public void When_a_value_is_not_of_the_parameter_type_then_the_error_names_parameter_and_type()
    {
        var arguments = AppArguments.Parse(["--epochs", "2.5", "--quick", "yes"], Names);
        Assert.Equal("--epochs: '2.5' is not a whole number that fits an int.", Assert.Throws<AppArgumentException>(() => arguments.Get("epochs", 1)).Message);
        Assert.Equal("--quick: 'yes' is not true or false.", Assert.Throws<AppArgumentException>(() => arguments.Get("quick", false)).Message);
    }
}
