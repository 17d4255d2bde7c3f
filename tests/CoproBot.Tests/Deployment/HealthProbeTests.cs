using CoproBot.Bot.Hosting;
using Microsoft.Extensions.Configuration;

namespace CoproBot.Tests.Deployment;

public sealed class HealthProbeTests
{
    [Theory]
    [InlineData("http://+:8080;https://+:8443", null, null, "http://127.0.0.1:8080/health/ready")]
    [InlineData("http://0.0.0.0:5005", null, "/health/live", "http://127.0.0.1:5005/health/live")]
    [InlineData("http://[::]:5006", null, null, "http://127.0.0.1:5006/health/ready")]
    [InlineData(null, "8080", null, "http://127.0.0.1:8080/health/ready")]
    [InlineData(null, null, null, "http://127.0.0.1:3978/health/ready")]
    [InlineData("http://+:8080", null, "http://10.0.0.4:9000/health/ready", "http://10.0.0.4:9000/health/ready")]
    public void TheHealthcheckCommandProbesTheAddressTheServerListensOnOverLoopback(string? urls, string? httpPorts, string? argument, string expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = urls, ["http_ports"] = httpPorts })
            .Build();

        Assert.Equal(new Uri(expected), HealthProbe.Target(configuration, argument));
    }
}
