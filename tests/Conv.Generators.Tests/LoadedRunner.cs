using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Conv.Generators.Tests;

/// <summary>
/// A compilation after generation, emitted (asserting it compiles) and loaded into a context of its own;
/// <see cref="Call"/> invokes a static method of its <c>Runner</c> class, and <see cref="Dispose"/> drops the scratch
/// the generated layers keep per thread (their <c>[ThreadStatic]</c> fields, on this thread) so that the loaded
/// assemblies hold no large arrays. The contexts are not collectible: under the churn of hundreds of collectible
/// contexts loaded and unloaded, .NET 10's test host died now and then in a garbage collection (1 fuzz campaign in
/// 2-13), and a heap dump of one such crash showed the corruption in the runtime's own object of an unloaded
/// assembly (a LoaderAllocator's scout whose MethodTable word was 1), with no array of ours beside it.
/// </summary>
public sealed class LoadedRunner : IDisposable
{
    private readonly Assembly _assembly;
    private readonly Type _runner;

    public LoadedRunner(Compilation output, string name)
    {
        using var image = new MemoryStream();
        var emit = output.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        image.Position = 0;
        _assembly = new AssemblyLoadContext(name, isCollectible: false).LoadFromStream(image);
        _runner = _assembly.GetType("Runner")!;
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

    public void Dispose()
    {
        const BindingFlags statics = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var type in _assembly.GetTypes().Where(t => !t.ContainsGenericParameters))
        foreach (var field in type.GetFields(statics))
            if (!field.FieldType.IsValueType && !field.IsInitOnly && field.IsDefined(typeof(ThreadStaticAttribute)))
                field.SetValue(null, null);
    }
}
