using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rdsim.Reporting.Brief;

/// <summary>
/// A minimal Chrome DevTools Protocol client over Chromium's local WebSocket: send a command to a page session and
/// wait for its answer or for an event. Just enough to print a page with JavaScript off, which Chromium's
/// <c>--print-to-pdf</c> cannot do (with scripts disabled it prints nothing).
/// </summary>
internal sealed class DevToolsSession(ClientWebSocket socket) : IDisposable
{
    private int _id;

    /// <summary>The page session commands go to (none: the browser itself).</summary>
    public string? SessionId { get; set; }

    /// <summary>Connects to the browser endpoint <paramref name="url"/>.</summary>
    public static async Task<DevToolsSession> ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await socket.ConnectAsync(url, cancellationToken);
        return new DevToolsSession(socket);
    }

    /// <summary>Sends <paramref name="method"/> and returns its result, skipping events.</summary>
    public async Task<JsonNode> CallAsync(string method, JsonObject? parameters, CancellationToken cancellationToken)
    {
        var id = ++_id;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
        if (SessionId is not null) message["sessionId"] = SessionId;
        await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken);
        while (true)
        {
            var answer = await ReceiveAsync(cancellationToken);
            if (answer["id"]?.GetValue<int>() != id) continue;
            if (answer["error"] is { } error) throw new IOException($"Chromium refused {method}: {error["message"]}");
            return answer["result"]!;
        }
    }

    /// <summary>Waits for the event <paramref name="method"/>.</summary>
    public async Task WaitForAsync(string method, CancellationToken cancellationToken)
    {
        while ((await ReceiveAsync(cancellationToken))["method"]?.GetValue<string>() != method)
        {
        }
    }

    private async Task<JsonNode> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(chunk, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close) throw new IOException("Chromium closed its DevTools connection.");
            buffer.Write(chunk, 0, received.Count);
        }
        while (!received.EndOfMessage);
        return JsonNode.Parse(buffer.ToArray()) ?? throw new JsonException("An empty DevTools message.");
    }

    /// <summary>Closes the connection.</summary>
    public void Dispose() => socket.Dispose();
}
