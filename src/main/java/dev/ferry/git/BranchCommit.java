package dev.ferry.git;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import java.io.IOException;
import java.util.Map;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Commits files onto a new branch that starts at HEAD, in memory: the tree is built from HEAD's
 * tree with the files laid over it, so the user's working tree and index are never touched (a
 * promotion must not disturb work in progress). It never pushes.
 */
final class BranchCommit {
    private BranchCommit() {}

    /** Creates {@code branch} with one commit holding {@code files} (paths from the work tree's top). */
    static String create(Repository repository, String branch, String message, PersonIdent who,
            Map<String, byte[]> files) {
        String ref = Constants.R_HEADS + branch;
        try (ObjectInserter inserter = repository.newObjectInserter(); ObjectReader reader = repository.newObjectReader();
                RevWalk walk = new RevWalk(repository)) {
            if (repository.exactRef(ref) != null) {
                throw new FerryException(ExitCode.USAGE, "branch " + branch + " already exists; choose another with "
                        + "--branch");
            }
            ObjectId headId = repository.resolve(Constants.HEAD + "^{commit}");
            if (headId == null) {
                throw new FerryException(ExitCode.USAGE, "the repository has no commit yet to branch from");
            }
            RevCommit head = walk.parseCommit(headId);
            DirCache index = DirCache.newInCore();
            DirCacheBuilder builder = index.builder();
            builder.addTree(new byte[0], DirCacheEntry.STAGE_0, reader, head.getTree());
            builder.finish();
            DirCacheEditor editor = index.editor();
            for (var file : files.entrySet()) {
                ObjectId blob = inserter.insert(Constants.OBJ_BLOB, file.getValue());
                editor.add(new DirCacheEditor.PathEdit(file.getKey()) {
                    @Override
                    public void apply(DirCacheEntry entry) {
                        entry.setFileMode(FileMode.REGULAR_FILE);
                        entry.setObjectId(blob);
                    }
                });
            }
            editor.finish();
            ObjectId tree = index.writeTree(inserter);
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(tree);
            commit.setParentId(head);
            commit.setAuthor(who);
            commit.setCommitter(who);
            commit.setMessage(message);
            ObjectId commitId = inserter.insert(commit);
            inserter.flush();
            RefUpdate update = repository.updateRef(ref);
            update.setNewObjectId(commitId);
            update.setExpectedOldObjectId(ObjectId.zeroId());
            update.setRefLogMessage("ferry promote", false);
            RefUpdate.Result result = update.update(walk);
            if (result != RefUpdate.Result.NEW) {
                throw new FerryException(ExitCode.ERROR, "could not create branch " + branch + " (" + result + ")");
            }
            return commitId.name();
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot commit to branch " + branch + ": " + e.getMessage(), e);
        }
    }
}
