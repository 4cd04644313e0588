using System.Net;
using System.Net.Http.Json;
using System.Text;
using Notebooks.Kernel.Serving;

namespace Notebooks.Tests.Serving;

public class ModelServerTests
{
    /// <summary>A "model" whose answer is easy to check: the label is the index of the largest feature.</summary>
    static Prediction ArgMax(float[] x)
    {
        var best = Array.IndexOf(x, x.Max());
        return new Prediction(best.ToString(), x[best]);
    }

    static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(20) };

    static Task<HttpResponseMessage> PostAsync(ServedModel model, string body) =>
        Client.PostAsync(model.PredictUrl, new StringContent(body, Encoding.UTF8, "application/json"));

    static async Task<string> ErrorOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<ErrorResponse>())!.Error;

    [Fact]
    public async Task When_started_with_port_zero_then_it_binds_loopback_on_an_os_chosen_port()
    {
        await using var model = await ModelServer.StartAsync(ArgMax, inputLength: 3);
        var uri = new Uri(model.Url);
        Assert.Equal("127.0.0.1", uri.Host);
        Assert.NotEqual(0, uri.Port);
        Assert.Contains("\"inputLength\":3", await Client.GetStringAsync(model.Url + "/health"));
    }

    [Fact]
    public async Task When_a_good_request_arrives_then_the_model_answers_it()
    {
        await using var model = await ModelServer.StartAsync(ArgMax, inputLength: 3);
        var response = await PostAsync(model, """{"features": [0.1, 2.5, -1]}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new Prediction("1", 2.5), await response.Content.ReadFromJsonAsync<Prediction>());
        Assert.Equal(1, model.Served);
    }

    [Fact]
    public async Task When_the_json_is_malformed_then_it_answers_400_saying_where()
    {
        await using var model = await ModelServer.StartAsync(ArgMax, inputLength: 3);
        var response = await PostAsync(model, """{"features": [1, 2,""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("{\"error\":\"malformed JSON at line 1, byte 19: expected {\\\"features\\\": [3 numbers]}\"", body);
        Assert.Equal(1, model.Rejected);
    }

    [Theory]
    [InlineData("""{"features": [1, 2]}""", "wrong shape: expected 3 features, got 2")]
    [InlineData("""{"features": [1, 2, 3, 4]}""", "wrong shape: expected 3 features, got 4")]
    [InlineData("""{"pixels": [1, 2, 3]}""", "missing \"features\"")]
    [InlineData("""{"features": [1, "two", 3]}""", "malformed JSON")]
    [InlineData("""{"features": [1, 2, 1e39]}""", "feature 2 is not a finite number")]
    public async Task When_the_shape_is_wrong_then_it_answers_400_with_the_reason(string body, string reason)
    {
        await using var model = await ModelServer.StartAsync(ArgMax, inputLength: 3);
        var response = await PostAsync(model, body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(reason, await ErrorOf(response));
        Assert.Equal(0, model.Served);
    }

    [Fact]
    public async Task When_bad_requests_came_first_then_the_server_still_answers_good_ones()
    {
        await using var model = await ModelServer.StartAsync(ArgMax, inputLength: 2);
        foreach (var bad in new[] { "", "null", "[]", "{", """{"features": null}""" })
            Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(model, bad)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(model, """{"features": [1, 0]}""")).StatusCode);
    }

    [Fact]
    public async Task When_the_model_throws_then_it_answers_500_and_keeps_serving()
    {
        await using var model = await ModelServer.StartAsync(x => x[0] < 0 ? throw new InvalidOperationException("negative") : ArgMax(x), 2);
        var failed = await PostAsync(model, """{"features": [-1, 0]}""");
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Contains("negative", await ErrorOf(failed));
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(model, """{"features": [1, 0]}""")).StatusCode);
    }

    [Fact]
    public async Task When_many_requests_arrive_concurrently_then_each_gets_its_own_answer()
    {
        await using var model = await ModelServer.StartAsync(ArgMax, inputLength: 4);
        var requests = Enumerable.Range(0, 200).Select(async i =>
        {
            var features = new float[4];
            features[i % 4] = 10 + i;
            var response = await PostAsync(model, $$"""{"features": [{{string.Join(",", features)}}]}""");
            return (i, prediction: await response.Content.ReadFromJsonAsync<Prediction>());
        });
        foreach (var (i, prediction) in await Task.WhenAll(requests))
            Assert.Equal(new Prediction((i % 4).ToString(), 10 + i), prediction);
        Assert.Equal(200, model.Served);
    }

    [Fact]
    public async Task When_disposed_then_the_port_no_longer_answers()
    {
        var model = await ModelServer.StartAsync(ArgMax, inputLength: 1);
        var url = model.PredictUrl;
        await model.DisposeAsync();
        await Assert.ThrowsAsync<HttpRequestException>(() => Client.PostAsync(url, new StringContent("""{"features":[1]}""")));
    }

    [Fact]
    public async Task When_the_input_length_is_not_positive_then_it_refuses_to_start() =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ModelServer.StartAsync(ArgMax, inputLength: 0));
}
