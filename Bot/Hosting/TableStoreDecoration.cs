using CoproBot.Storage.Tables;

namespace CoproBot.Bot.Hosting;

/// <summary>Wraps the table store registered so far in another, which sees every call the bot makes to it.</summary>
public static class TableStoreDecoration
{
    /// <summary>Replaces the last <see cref="ITableStore"/> registration by <paramref name="decorate"/> of what it made, with the same lifetime.</summary>
    public static IServiceCollection DecorateTableStore(this IServiceCollection services, Func<IServiceProvider, ITableStore, ITableStore> decorate)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(decorate);
        var original = services.LastOrDefault(service => service.ServiceType == typeof(ITableStore))
            ?? throw new InvalidOperationException("Call AddCoproStorage first: there is no table store to wrap yet.");
        services.Remove(original);
        services.Add(ServiceDescriptor.Describe(typeof(ITableStore), sp => decorate(sp, Create(sp, original)), original.Lifetime));
        return services;
    }

    private static ITableStore Create(IServiceProvider services, ServiceDescriptor original) => (ITableStore)(
        original.ImplementationInstance
        ?? original.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, original.ImplementationType!));
}
