## Core: outcomes of an action, the believed state, validation.
