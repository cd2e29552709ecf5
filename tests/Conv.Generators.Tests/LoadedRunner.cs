using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Conv.Generators.Tests;

/// <summary>
/// A compilation after generation, emitted (asserting it compiles) and loaded into a collectible context that
/// <see cref="Dispose"/> unloads; <see cref="Call"/> invokes a static method of its <c>Runner</c> class.
/// </summary>
public sealed class LoadedRunner : IDisposable
{
    private readonly AssemblyLoadContext _context;
    private readonly Type _runner;

    public LoadedRunner(Compilation output, string name)
    {
        using var image = new MemoryStream();
        var emit = output.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        image.Position = 0;
        _context = new AssemblyLoadContext(name, isCollectible: true);
        _runner = _context.LoadFromStream(image).GetType("Runner")!;
    }

    /// <summary>Runner.<paramref name="method"/>(arguments); an exception it throws is rethrown as itself.</summary>
    public object? Call(string method, params object[] arguments)
    {
        try
        {
            return _runner.GetMethod(method)!.Invoke(null, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }

    /// <summary>The attribute declaring <paramref name="g"/> on a partial class (or struct) L.</summary>
    public static string Declaration(Conv2dGeometry g, bool isStruct = false) =>
        $"[Conv.Conv2d({g.InChannels}, {g.OutChannels}, 1, KernelHeight = {g.KernelHeight}, KernelWidth = {g.KernelWidth}, " +
        $"InputHeight = {g.InputHeight}, InputWidth = {g.InputWidth}, StrideHeight = {g.StrideHeight}, StrideWidth = {g.StrideWidth}, " +
        $"PaddingHeight = {g.PaddingHeight}, PaddingWidth = {g.PaddingWidth}, DilationHeight = {g.DilationHeight}, DilationWidth = {g.DilationWidth}, " +
        $"Groups = {g.Groups}, Bias = {(g.HasBias ? "true" : "false")}, PaddingMode = Conv.PaddingMode.{g.PaddingMode})] " +
        $"public partial {(isStruct ? "struct" : "class")} L;";

    public void Dispose() => _context.Unload();
}
