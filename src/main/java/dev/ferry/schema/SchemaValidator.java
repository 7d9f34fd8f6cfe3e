package dev.ferry.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.ferry.config.Finding;
import dev.ferry.yaml.SourceMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Validates documents against Ferry's own JSON Schemas (draft 2020-12, shipped in the jar) and
 * turns each violation into a {@link Finding} that points at the offending line. The schemas are
 * compiled once and are safe to share between threads.
 */
public final class SchemaValidator {
    private final Map<SchemaName, Schema> schemas = new EnumMap<>(SchemaName.class);

    public SchemaValidator() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        for (SchemaName name : SchemaName.values()) {
            if (name != SchemaName.COMMON) {
                String location = "classpath:" + SchemaName.RESOURCE_FOLDER + name.fileName();
                schemas.put(name, registry.getSchema(SchemaLocation.of(location)));
            }
        }
    }

    /** Every violation of {@code schema} in {@code document}, in document order, at most one per field and rule. */
    public List<Finding> validate(SchemaName schema, JsonNode document, SourceMap sourceMap, String file) {
        List<Error> errors = schemas.get(schema).validate(document);
        Set<String> seen = new LinkedHashSet<>();
        List<Finding> findings = new ArrayList<>();
        for (Error error : errors) {
            Finding finding = OneOfErrors.explains(error, errors)
                    ? null
                    : ViolationMessages.toFinding(error, pointerOf(error.getInstanceLocation()), sourceMap, file);
            if (finding != null && seen.add(finding.field() + "\u0000" + finding.message())) {
                findings.add(finding);
            }
        }
        return findings;
    }

    static String pointerOf(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                pointer.append('/').append(index);
            } else {
                pointer.append('/').append(element.toString().replace("~", "~0").replace("/", "~1"));
            }
        }
        return pointer.toString();
    }
}
