using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CoproBot.Tests.Infrastructure;

/// <summary>
/// A certificate authority made for one test run, and a server certificate it signed for 127.0.0.1. A child process
/// trusts the authority, and nothing else, when started with <c>SSL_CERT_FILE</c> naming <see cref="AuthorityFile"/>.
/// </summary>
public sealed class LoopbackCertificates : IDisposable
{
    private LoopbackCertificates(X509Certificate2 server, string authorityFile)
    {
        Server = server;
        AuthorityFile = authorityFile;
    }

    /// <summary>The server certificate, with its private key, for Kestrel.</summary>
    public X509Certificate2 Server { get; }

    /// <summary>A PEM file holding only the authority's certificate.</summary>
    public string AuthorityFile { get; }

    public static LoopbackCertificates Create()
    {
        var now = DateTimeOffset.UtcNow;
        using var authorityKey = RSA.Create(2048);
        var authorityRequest = new CertificateRequest("CN=CoproBot test authority", authorityKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        authorityRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        authorityRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        using var authority = authorityRequest.CreateSelfSigned(now.AddDays(-1), now.AddDays(2));

        using var serverKey = RSA.Create(2048);
        var serverRequest = new CertificateRequest("CN=127.0.0.1", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var signed = serverRequest.Create(authority, now.AddHours(-1), now.AddDays(1), RandomNumberGenerator.GetBytes(8));
        using var withKey = signed.CopyWithPrivateKey(serverKey);

        // Kestrel on Linux wants a certificate whose key it can use from the store-less PKCS#12 form.
        var server = X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), password: null);
        var authorityFile = Path.Combine(Directory.CreateTempSubdirectory("coprobot-ca-").FullName, "authority.pem");
        File.WriteAllText(authorityFile, authority.ExportCertificatePem());
        return new LoopbackCertificates(server, authorityFile);
    }

    public void Dispose()
    {
        Server.Dispose();
        Directory.Delete(Path.GetDirectoryName(AuthorityFile)!, recursive: true);
    }
}
