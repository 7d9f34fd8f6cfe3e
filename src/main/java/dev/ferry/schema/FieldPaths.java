package dev.ferry.schema;

/** Turns a JSON Pointer into the dotted field path that findings show: {@code spec.members[1].ref}. */
public final class FieldPaths {
    private FieldPaths() {}

    public static String of(String pointer) {
        if (pointer.isEmpty()) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (String token : pointer.substring(1).split("/", -1)) {
            String name = token.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                path.append('[').append(name).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(name);
            }
        }
        return path.toString();
    }
}
