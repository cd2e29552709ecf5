using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Conv.Generators.Tests.Fuzz;

/// <summary>
/// Random programs of re-parameterization declarations: [Conv2d] with activations, [BatchNorm2d] (eps at the edges
/// included), and [Composite], [Sum] and [Concat] over earlier types and typeof(Identity), most of them fitting, many
/// not. Every declaration gets generated code and no error on its line, or no code and an error on its line (or on a
/// member's, when a member is at fault); never a generator or analyzer exception or an error in a generated file.
/// CONV_FUZZ_ITERATIONS sets the number of programs.
/// </summary>
public class ReparamFuzzTests
{
    private static readonly long Iterations = FuzzIterations.Of(60);

    private sealed record Declaration(string Line, int[] Members);

    private static List<Declaration> Program(int seed)
    {
        var random = new Random(seed);
        var channels = new[] { 2, 4 };
        var sizes = new[] { 5, 6 };
        var result = new List<Declaration>();
        string Activation() => random.Next(4) switch
        {
            0 => ", Activation = Activation.Relu",
            1 => ", Activation = Activation.LeakyRelu, NegativeSlope = " + (random.Next(3) == 0 ? "float.NaN" : "0.2f"),
            _ => "",
        };

        for (var i = 0; i < 9; i++)
        {
            // Mostly one channel count and size, so that many members fit and sums of them are common.
            var c = channels[random.Next(4) == 0 ? 0 : 1];
            var size = sizes[random.Next(4) == 0 ? 0 : 1];
            var kind = i < 3 ? random.Next(2) : random.Next(6);
            var members = Enumerable.Range(0, random.Next(2, 4)).Select(_ => random.Next(-1, i)).ToArray();
            string line;
            switch (kind)
            {
                case 0:
                    var k = random.Next(1, 4);
                    var padding = random.Next(0, 2) == 0 ? k / 2 : random.Next(0, 3);
                    line = $"[Conv2d({c}, {channels[random.Next(4) == 0 ? 0 : 1]}, {k}, Padding = {padding}, Stride = {(random.Next(4) == 0 ? 2 : 1)}, Dilation = {(random.Next(4) == 0 ? 2 : 1)}, " +
                           $"Groups = {(random.Next(3) == 0 ? 2 : 1)}, Bias = {(random.Next(2) == 0 ? "true" : "false")}, " +
                           $"PaddingMode = PaddingMode.{(random.Next(3) == 0 ? "Reflect" : "Zeros")}, InputHeight = {size}, InputWidth = {size}{Activation()})]";
                    members = Array.Empty<int>();
                    break;
                case 1:
                    var eps = random.Next(4) switch { 0 => ", Eps = 0", 1 => ", Eps = -1", 2 => ", Eps = double.PositiveInfinity", _ => "" };
                    line = $"[BatchNorm2d({(random.Next(8) == 0 ? 0 : c)}, InputHeight = {size}, InputWidth = {size}{eps}{Activation()})]";
                    members = Array.Empty<int>();
                    break;
                case 2:
                case 3:
                    line = $"[Composite({string.Join(", ", members.Select(Reference))})]";
                    break;
                default:
                    // A residual sum (a layer and the identity) half the time: one that fits whenever the layer keeps channels and size.
                    if (kind == 4 && random.Next(2) == 0) members = new[] { random.Next(i), -1 };
                    line = $"[{(kind == 4 ? "Sum" : "Concat")}({string.Join(", ", members.Select(Reference))}{Activation()})]";
                    break;
            }

            result.Add(new Declaration($"{line} public partial {(random.Next(5) == 0 ? "struct" : "class")} L{i};", members.Where(m => m >= 0).ToArray()));
        }

        return result;

        static string Reference(int index) => index < 0 ? "typeof(Identity)" : $"typeof(L{index})";
    }

    [Fact]
    public void Random_reparam_declarations_get_working_code_or_a_diagnostic_on_their_own_line() =>
        Gen.Int.Sample(Check, iter: Iterations, print: seed => string.Join("\n", Program(seed).Select(d => d.Line)));

    [Fact]
    public void The_random_programs_generate_every_kind_and_reject_some()
    {
        var generated = new HashSet<string>();
        var rejected = new HashSet<string>();
        for (var seed = 0; seed < 30; seed++)
        {
            var program = Program(seed);
            var check = BuildCheck.Net80(Source(program));
            for (var i = 0; i < program.Count; i++)
            {
                var kind = program[i].Line.Substring(1, program[i].Line.IndexOf('(') - 1);
                (check.GeneratedFiles.Contains($"L{i}.g.cs") ? generated : rejected).Add(kind);
            }
        }

        foreach (var kind in new[] { "Conv2d", "BatchNorm2d", "Composite", "Sum", "Concat" })
        {
            Assert.Contains(kind, generated);
            Assert.Contains(kind, rejected);
        }
    }

    private static string Source(List<Declaration> program)
    {
        var source = new StringBuilder("using Conv;\n");
        foreach (var declaration in program) source.Append(declaration.Line).Append('\n');
        return source.ToString();
    }

    private static void Check(int seed)
    {
        var program = Program(seed);
        var check = BuildCheck.Net80(Source(program));
        var context = string.Join("\n", program.Select(d => d.Line));
        Assert.True(check.Failures.Length == 0, $"{context}\n{check.Failures}");
        var tree = check.Output.SyntaxTrees.First(t => !check.GeneratedTrees.Contains(t));
        var errors = check.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree == tree)
            .Concat(check.UserErrors.Where(d => d.Location.SourceTree == tree))
            .ToLookup(d => d.Location.GetLineSpan().StartLinePosition.Line - 1);
        var generated = program.Select((_, i) => check.GeneratedFiles.Contains($"L{i}.g.cs")).ToArray();
        for (var i = 0; i < program.Count; i++)
        {
            var here = errors[i].Select(d => d.ToString()).ToArray();
            var at = $"{context}\ndeclaration L{i}: errors there: {string.Join("; ", here)}";
            if (generated[i]) Assert.True(here.Length == 0, "generated but reported\n" + at);
            else Assert.True(here.Length > 0 || program[i].Members.Any(m => !generated[m]), "neither generated nor reported\n" + at);
        }
    }
}
