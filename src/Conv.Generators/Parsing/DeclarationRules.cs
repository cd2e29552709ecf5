using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Conv.Generators.Diagnostics;
using Conv.Generators.Emission;
using Conv.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Conv.Generators.Parsing;

/// <summary>A reason a layer declaration cannot be completed, where to report it, and the message arguments.</summary>
internal readonly record struct DeclarationProblem(DiagnosticDescriptor Descriptor, Location Location, object[] Arguments);

/// <summary>
/// The forms of declaration the generated code can complete. The generator completes a type only when
/// <see cref="CanComplete"/> holds; the analyzer reports <see cref="Problems"/> (and CONV001 for the rest), so every
/// declaration gets either compiling code or a diagnostic on its own line, from one set of rules.
/// </summary>
internal static class DeclarationRules
{
    /// <summary>Whether the generator can write code that compiles for <paramref name="type"/>.</summary>
    public static bool CanComplete(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        IsPartialAndNotGeneric(type, cancellationToken) && LayerAttributes.Of(type).Count == 1 && Problems(type, cancellationToken).Count == 0;

    /// <summary>
    /// Every declaration of the type and of its containing types is partial, and none is generic (CONV001). A type
    /// from another assembly was completed there. Interfaces and other kinds the attribute cannot target are
    /// left to the compiler's own error (CS0592).
    /// </summary>
    public static bool IsPartialAndNotGeneric(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct)) return false;
        for (var t = type; t is not null; t = t.ContainingType)
        {
            if (t.TypeParameters.Length > 0 || t.TypeArguments.Length > 0) return false;
            if (!t.DeclaringSyntaxReferences.All(r => r.GetSyntax(cancellationToken) is TypeDeclarationSyntax d && d.Modifiers.Any(SyntaxKind.PartialKeyword)))
                return false;
        }

        return true;
    }

    /// <summary>What keeps a partial, non-generic layer type from being completed (CONV012, CONV013); empty for a type from metadata.</summary>
    public static IReadOnlyList<DeclarationProblem> Problems(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var problems = new List<DeclarationProblem>();
        var declaration = type.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellationToken)).OfType<TypeDeclarationSyntax>().FirstOrDefault();
        if (declaration is null) return problems;
        var at = declaration.Identifier.GetLocation();
        void Unsupported(Location location, string why) => problems.Add(new DeclarationProblem(DiagnosticDescriptors.CannotComplete, location, new object[] { type.Name, why }));

        // The same attribute twice is the compiler's CS0579 already; [Conv2d] with [Composite] is ours to report.
        var attributes = LayerAttributes.Of(type);
        var second = attributes.Skip(1).FirstOrDefault(a => LayerAttributes.KindOf(a) != LayerAttributes.KindOf(attributes[0]));
        if (second is not null)
            problems.Add(new DeclarationProblem(DiagnosticDescriptors.LayerDeclaredTwice,
                second.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? at,
                new object[] { type.Name, LayerAttributes.Written(LayerAttributes.KindOf(attributes[0])!.Value), LayerAttributes.Written(LayerAttributes.KindOf(second)!.Value) }));

        var kind = attributes.Count > 0 ? LayerAttributes.KindOf(attributes[0])!.Value : LayerKind.Conv2d;
        var isComposite = kind is LayerKind.Composite or LayerKind.Sum or LayerKind.Concat;
        if (type.IsFileLocal) Unsupported(at, "a file-local type cannot be completed from the generator's file: remove 'file'");
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
            if (outer.IsFileLocal) Unsupported(at, $"it is nested in the file-local {outer.Name}, which cannot be completed from the generator's file: remove 'file'");
        if (type.IsStatic) Unsupported(at, "a static class cannot hold a layer's weights: remove 'static'");
        if (type.IsAbstract && isComposite) Unsupported(at, "Compose creates an instance, which an abstract type cannot have: remove 'abstract'");

        foreach (var constructor in type.InstanceConstructors)
        {
            if (constructor.IsImplicitlyDeclared || IsGenerated(constructor, cancellationToken)) continue;
            var syntax = constructor.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken);
            if (syntax is TypeDeclarationSyntax)
            {
                Unsupported(at, "the generated constructors cannot call a primary constructor: declare its parameters as fields or properties");
                continue;
            }

            if (syntax is not ConstructorDeclarationSyntax user || user.ParameterList is null) continue;
            var location = user.Identifier.GetLocation();
            if (IsGeneratedConstructor(constructor))
                Unsupported(location, $"the generated code declares the constructor {type.Name}({string.Join(", ", constructor.Parameters.Select(p => p.Type.ToDisplayString()))}): remove this one");
            else if (type.TypeKind == TypeKind.Class && !user.Initializer.IsKind(SyntaxKind.ThisConstructorInitializer))
                Unsupported(location, kind == LayerKind.BatchNorm2d
                    ? "a constructor of a layer class must chain to this() or this(weight, bias, runningMean, runningVar), which create the arrays: add ': this()'"
                    : "a constructor of a layer class must chain to this() or this(weight, bias), which create the weight arrays: add ': this()'");
        }

        if (type.TypeKind == TypeKind.Class && type.BaseType is { SpecialType: not SpecialType.System_Object } direct && !HasCallableParameterlessConstructor(direct, type))
            Unsupported(BaseLocation(declaration) ?? at, $"its base class {direct.Name} has no accessible parameterless constructor for the generated constructors to call");

        var generated = Names.GeneratedMembers(kind);
        if (generated(type.Name))
            Unsupported(at, $"the generated code declares a member named {type.Name}, which a type cannot share with its own name: rename the type");

        foreach (var member in type.GetMembers())
        {
            if (member.IsImplicitlyDeclared || member is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } || !generated(member.Name)) continue;
            if (IsGenerated(member, cancellationToken)) continue;
            if (member is IMethodSymbol method && member.Name == "Forward" && !IsGeneratedForward(method)) continue; // an overload
            var location = member.Locations.FirstOrDefault(l => l.IsInSource) ?? at;
            Unsupported(location, $"the generated code declares {member.Name}: rename this member");
        }

        for (var baseType = type.BaseType; baseType is not null && baseType.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); baseType = baseType.BaseType)
        {
            // A base that is itself a layer has these members from its own generated code, and they clash all the same. Said
            // from its attribute, not its members: the generator, which must skip this type too, does not see generated ones.
            if (LayerAttributes.Of(baseType).Count > 0)
            {
                Unsupported(BaseLocation(declaration) ?? at, $"its base class {baseType.Name} is a layer type, whose generated members (Forward, Weight, ...) the generated ones would hide");
                break;
            }

            var inherited = baseType.GetMembers().FirstOrDefault(m => m.DeclaredAccessibility != Accessibility.Private && !m.IsImplicitlyDeclared && generated(m.Name));
            if (inherited is not null)
                Unsupported(BaseLocation(declaration) ?? at, $"it inherits {inherited.Name} from {baseType.Name}, which the generated {inherited.Name} would hide");
        }

        return problems;
    }

    // The analyzer sees the generator's output in the compilation: members declared there are not the user's.
    private static bool IsGenerated(ISymbol member, CancellationToken cancellationToken) =>
        member.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken).AncestorsAndSelf().OfType<TypeDeclarationSyntax>().Any(owner =>
            owner.AttributeLists.SelectMany(l => l.Attributes).Any(a =>
                a.Name.ToString().EndsWith("GeneratedCode", System.StringComparison.Ordinal)
                && a.ArgumentList?.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax { Token.ValueText: Names.Tool })));

    private static bool IsFloatSpan(ITypeSymbol type, string name) =>
        type is INamedTypeSymbol { Name: var n, ContainingNamespace.Name: "System", TypeArguments.Length: 1 } span
        && span.TypeArguments[0].SpecialType == SpecialType.System_Single && n == name;

    private static bool IsGeneratedConstructor(IMethodSymbol constructor) =>
        constructor.Parameters.Length == 0
        || (constructor.Parameters.Length is 2 or 4 && constructor.Parameters.All(p => IsFloatSpan(p.Type, "ReadOnlySpan")));

    private static bool IsGeneratedForward(IMethodSymbol method) =>
        (method.Parameters.Length == 1 && IsFloatSpan(method.Parameters[0].Type, "ReadOnlySpan"))
        || (method.Parameters.Length == 2 && IsFloatSpan(method.Parameters[0].Type, "ReadOnlySpan") && IsFloatSpan(method.Parameters[1].Type, "Span"))
        || (method.Parameters.Length == 3 && IsFloatSpan(method.Parameters[0].Type, "ReadOnlyMemory") && IsFloatSpan(method.Parameters[1].Type, "Memory")
            && method.Parameters[2].Type.SpecialType == SpecialType.System_Int32);

    private static bool HasCallableParameterlessConstructor(INamedTypeSymbol baseType, INamedTypeSymbol derived) =>
        baseType.InstanceConstructors.Any(c =>
            c.Parameters.All(p => p.IsOptional || p.IsParams)
            && c.DeclaredAccessibility switch
            {
                Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal => true,
                Accessibility.Internal or Accessibility.ProtectedAndInternal => SymbolEqualityComparer.Default.Equals(c.ContainingAssembly, derived.ContainingAssembly),
                _ => false,
            });

    private static Location? BaseLocation(TypeDeclarationSyntax declaration) => declaration.BaseList?.Types.FirstOrDefault()?.GetLocation();
}
