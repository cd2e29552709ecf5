using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Conv.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Conv.Generators.CodeFixes;

/// <summary>CONV001: adds <c>partial</c> to the layer type or the containing type the diagnostic is on.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePartialCodeFix)), Shared]
public sealed class MakePartialCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.NotPartial);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindToken(context.Span.Start).Parent is not TypeDeclarationSyntax declaration) return;
        if (declaration.Modifiers.Any(SyntaxKind.PartialKeyword)) return; // the generic case: nothing to add
        context.RegisterCodeFix(
            CodeAction.Create($"Make {declaration.Identifier.ValueText} partial", _ =>
            {
                var partial = SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
                TypeDeclarationSyntax updated;
                if (declaration.Modifiers.Count > 0)
                {
                    updated = declaration.WithModifiers(declaration.Modifiers.Add(partial));
                }
                else
                {
                    // No modifiers: partial goes before the keyword and takes over its leading trivia.
                    updated = declaration.WithModifiers(SyntaxFactory.TokenList(partial.WithLeadingTrivia(declaration.Keyword.LeadingTrivia)))
                        .WithKeyword(declaration.Keyword.WithLeadingTrivia());
                }

                return Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(declaration, updated)));
            }, nameof(MakePartialCodeFix)),
            context.Diagnostics.First());
    }
}
