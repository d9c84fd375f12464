package se.syfte.audit.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.syfte.audit.AuditDetail;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An audit detail as the message column keeps it:
 * {@code {"key":"userCreated","arguments":[{"text":"anna@…"},{"term":"role.ADMIN"}]}}.
 */
final class AuditMessageJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LONGEST = 8000;

    private AuditMessageJson() {}

    /** Null when too long for the column: the entry then keeps its English text alone. */
    static String write(AuditDetail detail) {
        String json = JSON.writeValueAsString(node(detail));
        return json.length() > LONGEST ? null : json;
    }

    private static ObjectNode node(AuditDetail detail) {
        ObjectNode message = JSON.createObjectNode();
        message.put("key", detail.key());
        ArrayNode arguments = message.putArray("arguments");
        for (AuditDetail.Argument argument : detail.arguments()) {
            ObjectNode node = arguments.addObject();
            if (argument instanceof AuditDetail.Text text) {
                node.put("text", text.text());
            } else if (argument instanceof AuditDetail.Count count) {
                node.put("count", count.count());
            } else if (argument instanceof AuditDetail.Term term) {
                node.put("term", term.key());
            } else if (argument instanceof AuditDetail.Names names) {
                node.put("sv", names.swedish());
                node.put("en", names.english());
            } else if (argument instanceof AuditDetail.Parts parts) {
                ArrayNode each = node.putArray("parts");
                parts.parts().forEach(part -> each.add(node(part)));
            }
        }
        return message;
    }

    static Optional<AuditDetail> read(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        return Optional.of(detail(JSON.readTree(stored)));
    }

    private static AuditDetail detail(JsonNode message) {
        List<AuditDetail.Argument> arguments = new ArrayList<>();
        for (JsonNode node : message.get("arguments")) {
            if (node.has("text")) {
                arguments.add(new AuditDetail.Text(node.get("text").asString()));
            } else if (node.has("count")) {
                arguments.add(new AuditDetail.Count(node.get("count").asLong()));
            } else if (node.has("term")) {
                arguments.add(new AuditDetail.Term(node.get("term").asString()));
            } else if (node.has("parts")) {
                List<AuditDetail> parts = new ArrayList<>();
                node.get("parts").forEach(part -> parts.add(detail(part)));
                arguments.add(new AuditDetail.Parts(parts));
            } else {
                arguments.add(new AuditDetail.Names(
                        node.get("sv").asString(), node.get("en").asString()));
            }
        }
        return new AuditDetail(message.get("key").asString(), arguments);
    }
}
