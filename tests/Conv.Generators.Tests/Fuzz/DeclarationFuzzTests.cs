using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Conv.Generators.Tests.Fuzz;

/// <summary>
/// Random programs of careless and hostile declarations through the generator and both analyzers. Each declaration
/// the oracle calls valid gets generated code and no error; each invalid one gets no code and an error on its own
/// line (a composite whose only fault is a faulty member may leave that to the member's line). Never a generator or
/// analyzer exception, an error inside a generated file, or a generated file over the size bound.
/// CONV_FUZZ_ITERATIONS sets the number of programs (a long run: thousands).
/// </summary>
public class DeclarationFuzzTests
{
    private static readonly long Iterations = FuzzIterations.Of(150);

    [Fact]
    public void Random_declarations_get_working_code_or_a_diagnostic_on_their_own_line() =>
        Gen.Int.Select(RandomProgram.FromSeed).Sample(Check, iter: Iterations, print: p => p.ToString());

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(1615149)] // a composite of an abstract layer: no Load calling the member's missing one
    public void A_fixed_seed_reproduces(int seed) => Check(RandomProgram.FromSeed(seed));

    [Fact]
    public void The_random_programs_reach_every_kind_of_declaration()
    {
        var programs = Enumerable.Range(0, 2000).Select(RandomProgram.FromSeed).ToArray();
        var declarations = programs.SelectMany(p => p.Declarations.Select(d => (Program: p, Declaration: d))).ToArray();
        bool Some(Func<(RandomProgram Program, RandomDeclaration Declaration), bool> predicate) => declarations.Any(predicate);
        Assert.True(Some(x => !x.Declaration.IsComposite && x.Program.Valid(x.Declaration.Index)), "valid layers");
        Assert.True(Some(x => x.Declaration.IsComposite && x.Program.Valid(x.Declaration.Index)), "valid composites");
        Assert.True(Some(x => x.Declaration.IsComposite && x.Declaration.Members!.Contains(x.Declaration.Index)), "self-composing composites");
        Assert.True(Some(x => !x.Declaration.IsComposite && x.Declaration.FormValid && !x.Program.Valid(x.Declaration.Index)), "impossible geometries");
        Assert.True(Some(x => x.Declaration.Conv is { } c && c.Any(v => v == int.MaxValue)), "int.MaxValue sizes");
        foreach (var kind in new[] { "struct", "record", "readonly record struct", "static class", "abstract class" })
            Assert.True(Some(x => x.Declaration.Kind == kind), kind);
        Assert.True(Some(x => x.Declaration.Name.StartsWith("@", StringComparison.Ordinal)), "keyword names");
        Assert.True(Some(x => x.Declaration.Namespace == "N.@namespace"), "keyword namespaces");
        Assert.True(Some(x => x.Declaration.Container == 2), "non-partial containers");
        Assert.True(Some(x => x.Declaration.BothAttributes), "two layer attributes");
        Assert.True(Some(x => RandomDeclaration.Reserved.Contains(x.Declaration.Plain)), "reserved names");
    }

    private static void Check(RandomProgram program)
    {
        var check = BuildCheck.Net80(program.Source);
        Assert.True(check.Failures.Length == 0, $"{program}\n{check.Failures}");
        var tree = check.Output.SyntaxTrees.First(t => !check.GeneratedTrees.Contains(t));
        var model = check.Output.GetSemanticModel(tree);
        var errors = check.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree == tree)
            .Concat(check.UserErrors.Where(d => d.Location.SourceTree == tree))
            .ToLookup(d => d.Location.GetLineSpan().StartLinePosition.Line);
        var lines = tree.GetText().Lines;
        foreach (var declaration in program.Declarations)
        {
            var line = lines[declaration.Index];
            var node = tree.GetRoot().DescendantNodes(line.Span).OfType<TypeDeclarationSyntax>().Last(t => t.AttributeLists.Count > 0);
            var symbol = model.GetDeclaredSymbol(node)!;
            var generated = symbol.DeclaringSyntaxReferences.Any(r => r.SyntaxTree != tree);
            var here = errors[declaration.Index].Select(d => d.ToString()).ToArray();
            var context = $"{program}\ndeclaration {declaration.Index}: {line}\nerrors there: {string.Join("; ", here)}";
            if (program.Valid(declaration.Index))
            {
                Assert.True(generated, "valid but not generated\n" + context);
                Assert.True(here.Length == 0, "valid but reported\n" + context);
            }
            else
            {
                Assert.False(generated, "invalid but generated\n" + context);
                Assert.True(here.Length > 0 || program.FailsOnlyThroughMembers(declaration.Index), "invalid but not reported\n" + context);
            }
        }

        foreach (var generatedTree in check.GeneratedTrees)
            Assert.True(generatedTree.Length < GeneratedSizeTests.MaxFileBytes, $"{generatedTree.FilePath} is {generatedTree.Length} characters\n{program}");
    }
}
