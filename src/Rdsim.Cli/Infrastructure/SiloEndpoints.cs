using System.Net;
using System.Net.Sockets;

namespace Rdsim.Cli.Infrastructure;

/// <summary>
/// Checks a silo's address and ports before it starts. A silo started on a port another silo listens on joined the
/// cluster, declared the healthy silo dead and made it stop itself (Orleans binds with address reuse); an address
/// that is not this machine's, or one that means "every interface", fails deep inside Orleans' start-up.
/// </summary>
public static class SiloEndpoints
{
    /// <summary>Throws an input error naming the option when the address cannot be announced or a port cannot be listened on.</summary>
    public static void Check(IPAddress address, IEnumerable<(string Option, int Port)> ports)
    {
        if (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            throw Errors.Option("--address", new($"{address} means every interface, which a silo cannot announce to the other silos and clients; " +
                "give this machine's own address, e.g. --address 10.0.0.7 (or leave it out for 127.0.0.1).",
                $"{address} 表示所有网络接口，silo 无法把它通告给其他 silo 和客户端；请给出本机自己的地址，例如 --address 10.0.0.7（或省略，即 127.0.0.1）。"));
        }
        foreach (var (option, port) in ports)
        {
            try
            {
                using var listener = new TcpListener(address, port);
                listener.Start();
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                throw Errors.Option(option, new($"port {port} is in use on {address} (another silo, or another program); give this silo its own {option}.",
                    $"{address} 上的端口 {port} 已被占用（另一个 silo 或其他程序）；请为这个 silo 另给 {option}。"));
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressNotAvailable)
            {
                throw Errors.Option("--address", new($"{address} is not an address of this machine; give one of its own (ip addr lists them).",
                    $"{address} 不是本机的地址；请给出本机自己的地址（ip addr 可列出）。"));
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AccessDenied)
            {
                throw Errors.Option(option, new($"port {port} needs administrator rights on this machine; use a port above 1023.", $"端口 {port} 在本机需要管理员权限；请用大于 1023 的端口。"));
            }
        }
    }
}
