using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Linq;
using System.Threading;

namespace Conv.Generators.Tests;

/// <summary>
/// The methods the JIT compiles in this process while the listener lives, by the runtime's own JIT events: which of a
/// generated layer's kernels a call actually ran, rather than which one its conditions say it should.
/// </summary>
public sealed class JitCompiledMethods : EventListener
{
    private const string RuntimeEvents = "Microsoft-Windows-DotNETRuntime";
    private const long JitKeyword = 0x10;
    private readonly ConcurrentDictionary<string, bool> _methods = new();

    /// <summary>Type and method names ("Namespace.Type.Method") compiled so far.</summary>
    public IReadOnlyCollection<string> Methods => _methods.Keys.ToList();

    /// <summary>
    /// Waits for the events of methods already compiled (the runtime hands them to listeners on its own thread, a few
    /// milliseconds later) until <paramref name="method"/> is among them or <paramref name="timeout"/> passes.
    /// </summary>
    public bool WaitFor(string method, TimeSpan timeout)
    {
        var end = DateTime.UtcNow + timeout;
        while (!_methods.ContainsKey(method) && DateTime.UtcNow < end) Thread.Sleep(10);
        return _methods.ContainsKey(method);
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == RuntimeEvents) EnableEvents(source, EventLevel.Verbose, (EventKeywords)JitKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is null || !e.EventName.StartsWith("MethodJittingStarted", StringComparison.Ordinal) || e.PayloadNames is null) return;
        var type = e.PayloadNames.IndexOf("MethodNamespace");
        var name = e.PayloadNames.IndexOf("MethodName");
        if (type >= 0 && name >= 0) _methods[$"{e.Payload![type]}.{e.Payload[name]}"] = true;
    }
}
