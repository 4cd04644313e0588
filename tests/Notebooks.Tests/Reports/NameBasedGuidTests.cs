using Xunit;
using Notebooks.Engine.Reports;

namespace Notebooks.Tests.Reports;

public class NameBasedGuidTests
{
    [Fact]
    public void When_given_the_rfc_dns_namespace_then_it_matches_the_published_uuid5()
    {
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), NameBasedGuid.Create("www.example.com", dns));
    }

    [Fact]
    public void When_names_differ_then_guids_differ_and_repeat_for_the_same_name()
    {
        Assert.Equal(NameBasedGuid.Create("a.ipynb"), NameBasedGuid.Create("a.ipynb"));
        Assert.NotEqual(NameBasedGuid.Create("a.ipynb"), NameBasedGuid.Create("b.ipynb"));
    }
}
