/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.Document;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.FloatValue;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.parser.Parser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a request asks for, read from its text before it runs: the actions of its top-level fields, the purpose of
 * access and the persons it opens by ID. Read from the text rather than from the execution so that a request the
 * schema refuses (a missing purpose, a query too deep) is recorded as what it tried to do.
 */
record AuditedOperation(
        String name, boolean mutation, List<AuditAction> actions, String purpose, List<String> openedPersonIds) {

    static final AuditedOperation UNREADABLE = new AuditedOperation(null, false, List.of(), null, List.of());

    /** Whether the request must be recorded whatever it returns: it reads or changes something about persons. */
    boolean audited() {
        return mutation || !actions.isEmpty();
    }

    static AuditedOperation of(String document, String operationName, Map<String, Object> variables) {
        Document parsed;
        try {
            parsed = Parser.parse(document);
        } catch (RuntimeException notGraphQl) {
            // Refused as a syntax error before anything runs: nothing was read.
            return UNREADABLE;
        }
        var operations = parsed.getDefinitionsOfType(OperationDefinition.class);
        var operation = operations.stream()
                .filter(o -> operationName == null ? operations.size() == 1 : operationName.equals(o.getName()))
                .findFirst();
        if (operation.isEmpty()) {
            return UNREADABLE;
        }
        var fragments = parsed.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, f -> f, (a, b) -> a));
        var fields = new ArrayList<Field>();
        topLevelFields(operation.get().getSelectionSet(), fragments, new HashSet<>(), fields);
        return read(
                operation.get().getName(),
                operation.get().getOperation() == OperationDefinition.Operation.MUTATION,
                fields,
                variables == null ? Map.of() : variables);
    }

    private static AuditedOperation read(
            String name, boolean mutation, List<Field> fields, Map<String, Object> variables) {
        var actions = new LinkedHashSet<AuditAction>();
        var purposes = new LinkedHashSet<String>();
        var opened = new LinkedHashSet<String>();
        for (var field : fields) {
            if (field.getName().startsWith("__")) {
                continue;
            }
            var action = AuditAction.ofField(field.getName());
            if (action.isPresent()) {
                actions.add(action.get());
            } else if (mutation) {
                actions.add(AuditAction.OTHER);
            }
            var arguments = new HashMap<String, Object>();
            field.getArguments().forEach(a -> arguments.put(a.getName(), value(a.getValue(), variables)));
            if (arguments.get("purpose") != null) {
                purposes.add(arguments.get("purpose").toString());
            }
            addIfText(opened, arguments.get("personId"));
            if (action.filter(a -> a == AuditAction.PERSON_VIEW).isPresent()) {
                addIfText(opened, arguments.get("id"));
            }
            if (arguments.get("input") instanceof Map<?, ?> input) {
                addIfText(opened, input.get("personId"));
            }
        }
        return new AuditedOperation(
                name,
                mutation,
                List.copyOf(actions),
                purposes.isEmpty() ? null : String.join(",", purposes),
                List.copyOf(opened));
    }

    private static void topLevelFields(
            SelectionSet selections, Map<String, FragmentDefinition> fragments, Set<String> seen, List<Field> out) {
        if (selections == null) {
            return;
        }
        for (var selection : selections.getSelections()) {
            switch (selection) {
                case Field field -> out.add(field);
                case InlineFragment inline -> topLevelFields(inline.getSelectionSet(), fragments, seen, out);
                case FragmentSpread spread -> {
                    var fragment = fragments.get(spread.getName());
                    if (fragment != null && seen.add(spread.getName())) {
                        topLevelFields(fragment.getSelectionSet(), fragments, seen, out);
                    }
                }
                default -> {}
            }
        }
    }

    private static Object value(Value<?> value, Map<String, Object> variables) {
        return switch (value) {
            case VariableReference ref -> variables.get(ref.getName());
            case StringValue s -> s.getValue();
            case EnumValue e -> e.getName();
            case IntValue i -> i.getValue();
            case FloatValue f -> f.getValue();
            case BooleanValue b -> b.isValue();
            case ObjectValue o -> {
                var map = new HashMap<String, Object>();
                o.getObjectFields().forEach(f -> map.put(f.getName(), value(f.getValue(), variables)));
                yield map;
            }
            case ArrayValue a ->
                a.getValues().stream().map(v -> value(v, variables)).toList();
            case null, default -> null;
        };
    }

    private static void addIfText(Set<String> ids, Object value) {
        if (value instanceof String id && !id.isBlank()) {
            ids.add(id);
        }
    }
}
