/*
 * PolicyGraph's playground: GraphiQL 3 (UMD build, globals React, ReactDOM and GraphiQL) on our
 * GraphQL endpoint, opening with the saved example queries, one tab each, and an Examples panel.
 * Plain browser JavaScript, no build step: the page loads it after the vendor scripts.
 */
(function () {
  'use strict';

  var root = document.getElementById('playground');
  var h = React.createElement;

  fetch(root.dataset.examples, { headers: { Accept: 'application/json' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('GET ' + root.dataset.examples + ' answered HTTP ' + response.status);
      }
      return response.json();
    })
    .catch(function (error) {
      console.error('PolicyGraph playground: no example queries', error);
      return [];
    })
    .then(render);

  function render(examples) {
    var props = {
      fetcher: withCurrentOperationName(GraphiQL.createFetcher({ url: root.dataset.graphql })),
      // GraphiQL restores the tabs it saved over defaultTabs; a namespace per set of examples makes
      // a changed set open as new tabs instead of hiding behind an analyst's old ones.
      storage: GraphiQL.createLocalStorage({ namespace: 'policygraph-playground-' + fingerprint(examples) }),
      defaultQuery: '# A new query: Ctrl-Enter runs it, Ctrl-Space completes, the Examples panel has ready-made ones.\n{\n  \n}\n',
      defaultEditorToolsVisibility: false,
      plugins: [examplesPlugin(examples)],
      visiblePlugin: examples.length > 0 ? 'Examples' : undefined
    };
    if (examples.length > 0) {
      props.defaultTabs = examples.map(function (example) {
        return { query: example.query };
      });
    }
    ReactDOM.createRoot(root).render(h(GraphiQL, props));
  }

  function examplesPlugin(examples) {
    return {
      title: 'Examples',
      icon: ExamplesIcon,
      content: function ExamplesPanel() {
        var editor = GraphiQL.React.useEditorContext({ nonNull: true });
        return h('section', { className: 'playground-examples', 'aria-label': 'Example queries' },
          h('div', { className: 'graphiql-doc-explorer-title' }, 'Examples'),
          h('p', null, 'Questions the report answers. Click one to open it, then run it with Ctrl-Enter.'),
          h('ol', null, examples.map(function (example) {
            return h('li', { key: example.id },
              h('button', { type: 'button', title: example.id, onClick: function () { open(editor, example); } },
                example.title));
          })));
      }
    };
  }

  /** Switches to the example's tab while it is unchanged, otherwise opens a fresh copy in a new tab. */
  function open(editor, example) {
    var index = editor.tabs.findIndex(function (tab) {
      return tab.query === example.query;
    });
    if (index >= 0) {
      editor.changeTab(index);
      return;
    }
    editor.addTab();
    // addTab fills the new tab with the default query when React renders it; replace it after that.
    setTimeout(function () {
      if (editor.queryEditor) {
        editor.queryEditor.setValue(example.query);
      }
    }, 0);
  }

  /**
   * GraphiQL reads a tab's operation name a moment after its text changes, so an example run with
   * Ctrl-Enter right after it opens can carry the name of the tab shown before; the server would
   * answer "Unknown operation named ...". A name the document does not define is left out, so a
   * document with one operation runs it.
   */
  function withCurrentOperationName(fetcher) {
    return function (params, options) {
      var name = params.operationName;
      if (name && !new RegExp('\\b(query|mutation|subscription)\\s+' + name + '\\b').test(params.query)) {
        params = Object.assign({}, params, { operationName: undefined });
      }
      return fetcher(params, options);
    };
  }

  function ExamplesIcon() {
    return h('svg', { viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, 'aria-hidden': 'true' },
      h('path', { d: 'M5 4h11l3 3v13H5z', strokeLinejoin: 'round' }),
      h('path', { d: 'M8 10h8M8 13.5h8M8 17h5', strokeLinecap: 'round' }));
  }

  function fingerprint(examples) {
    var text = examples.map(function (example) { return example.query; }).join('\u0000');
    var hash = 5381;
    for (var i = 0; i < text.length; i++) {
      hash = ((hash * 33) ^ text.charCodeAt(i)) >>> 0;
    }
    return hash.toString(36);
  }
})();
