import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace ringwire. */
export namespace ringwire {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a ClientFrame.
         * @deprecated Use ringwire.v1.ClientFrame.$Properties instead.
         */
        interface IClientFrame extends ringwire.v1.ClientFrame.$Properties {
        }

        /** Represents a ClientFrame. */
        class ClientFrame {

            /**
             * Constructs a new ClientFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.ClientFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClientFrame id. */
            id: number;

            /** ClientFrame hello. */
            hello?: (ringwire.v1.Hello.$Properties|null);

            /** ClientFrame set. */
            set?: (ringwire.v1.SetRequest.$Properties|null);

            /** ClientFrame get. */
            get?: (ringwire.v1.GetRequest.$Properties|null);

            /** ClientFrame subscribe. */
            subscribe?: (ringwire.v1.SubscribeRequest.$Properties|null);

            /** ClientFrame unsubscribe. */
            unsubscribe?: (ringwire.v1.UnsubscribeRequest.$Properties|null);

            /** ClientFrame update. */
            update?: (ringwire.v1.UpdateRequest.$Properties|null);

            /** ClientFrame delete. */
            delete?: (ringwire.v1.DeleteRequest.$Properties|null);

            /** ClientFrame ping. */
            ping?: (ringwire.v1.PingRequest.$Properties|null);

            /** ClientFrame stats. */
            stats?: (ringwire.v1.StatsRequest.$Properties|null);

            /** ClientFrame auth. */
            auth?: (ringwire.v1.AuthResponse.$Properties|null);

            /** ClientFrame listRings. */
            listRings?: (ringwire.v1.ListRingsRequest.$Properties|null);

            /** ClientFrame body. */
            body?: ("hello"|"set"|"get"|"subscribe"|"unsubscribe"|"update"|"delete"|"ping"|"stats"|"auth"|"listRings");

            /**
             * Creates a new ClientFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClientFrame instance
             */
            static create(properties: ringwire.v1.ClientFrame.$Shape): ringwire.v1.ClientFrame & ringwire.v1.ClientFrame.$Shape;
            static create(properties?: ringwire.v1.ClientFrame.$Properties): ringwire.v1.ClientFrame;

            /**
             * Encodes the specified ClientFrame message. Does not implicitly {@link ringwire.v1.ClientFrame.verify|verify} messages.
             * @param message ClientFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.ClientFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClientFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.ClientFrame & ringwire.v1.ClientFrame.$Shape} ClientFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.ClientFrame & ringwire.v1.ClientFrame.$Shape;
        }

        namespace ClientFrame {

            /** Properties of a ClientFrame. */
            interface $Properties {

                /** ClientFrame id */
                id?: (number|null);

                /** ClientFrame hello */
                hello?: (ringwire.v1.Hello.$Properties|null);

                /** ClientFrame set */
                set?: (ringwire.v1.SetRequest.$Properties|null);

                /** ClientFrame get */
                get?: (ringwire.v1.GetRequest.$Properties|null);

                /** ClientFrame subscribe */
                subscribe?: (ringwire.v1.SubscribeRequest.$Properties|null);

                /** ClientFrame unsubscribe */
                unsubscribe?: (ringwire.v1.UnsubscribeRequest.$Properties|null);

                /** ClientFrame update */
                update?: (ringwire.v1.UpdateRequest.$Properties|null);

                /** ClientFrame delete */
                "delete"?: (ringwire.v1.DeleteRequest.$Properties|null);

                /** ClientFrame ping */
                ping?: (ringwire.v1.PingRequest.$Properties|null);

                /** ClientFrame stats */
                stats?: (ringwire.v1.StatsRequest.$Properties|null);

                /** ClientFrame auth */
                auth?: (ringwire.v1.AuthResponse.$Properties|null);

                /** ClientFrame listRings */
                listRings?: (ringwire.v1.ListRingsRequest.$Properties|null);

                /** ClientFrame body */
                body?: ("hello"|"set"|"get"|"subscribe"|"unsubscribe"|"update"|"delete"|"ping"|"stats"|"auth"|"listRings");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ClientFrame. */
            type $Shape = {
              id?: number|null;
              hello?: ringwire.v1.Hello.$Shape|null;
              set?: ringwire.v1.SetRequest.$Shape|null;
              get?: ringwire.v1.GetRequest.$Shape|null;
              subscribe?: ringwire.v1.SubscribeRequest.$Shape|null;
              unsubscribe?: ringwire.v1.UnsubscribeRequest.$Shape|null;
              update?: ringwire.v1.UpdateRequest.$Shape|null;
              "delete"?: ringwire.v1.DeleteRequest.$Shape|null;
              ping?: ringwire.v1.PingRequest.$Shape|null;
              stats?: ringwire.v1.StatsRequest.$Shape|null;
              auth?: ringwire.v1.AuthResponse.$Shape|null;
              listRings?: ringwire.v1.ListRingsRequest.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; hello?: null; set?: null; get?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; auth?: null; listRings?: null }|{ body?: "hello"; hello: ringwire.v1.Hello.$Shape; set?: null; get?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; auth?: null; listRings?: null }|{ body?: "set"; hello?: null; set: ringwire.v1.SetRequest.$Shape; get?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; auth?: null; listRings?: null }|{ body?: "get"; hello?: null; set?: null; get: ringwire.v1.GetRequest.$Shape; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; auth?: null; listRings?: null }|{ body?: "subscribe"; hello?: null; set?: null; get?: null; subscribe: ringwire.v1.SubscribeRequest.$Shape; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; auth?: null; listRings?: null }|{ body?: "unsubscribe"; hello?: null; set?: null; get?: null; subscribe?: null; unsubscribe: ringwire.v1.UnsubscribeRequest.$Shape; update?: null; "delete"?: null; ping?: null; stats?: null; auth?: null; listRings?: null }|{ body?: "update"; hello?: null; set?: null; get?: null; subscribe?: null; unsubscribe?: null; update: ringwire.v1.UpdateRequest.$Shape; "delete"?: null; ping?: null; stats?: null; auth?: null; listRings?: null }|{ body?: "delete"; hello?: null; set?: null; get?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete": ringwire.v1.DeleteRequest.$Shape; ping?: null; stats?: null; auth?: null; listRings?: null }|{ body?: "ping"; hello?: null; set?: null; get?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping: ringwire.v1.PingRequest.$Shape; stats?: null; auth?: null; listRings?: null }|{ body?: "stats"; hello?: null; set?: null; get?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats: ringwire.v1.StatsRequest.$Shape; auth?: null; listRings?: null }|{ body?: "auth"; hello?: null; set?: null; get?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; auth: ringwire.v1.AuthResponse.$Shape; listRings?: null }|{ body?: "listRings"; hello?: null; set?: null; get?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; auth?: null; listRings: ringwire.v1.ListRingsRequest.$Shape })
            );
        }

        /**
         * Properties of a ServerFrame.
         * @deprecated Use ringwire.v1.ServerFrame.$Properties instead.
         */
        interface IServerFrame extends ringwire.v1.ServerFrame.$Properties {
        }

        /** Represents a ServerFrame. */
        class ServerFrame {

            /**
             * Constructs a new ServerFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.ServerFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServerFrame id. */
            id: number;

            /** ServerFrame welcome. */
            welcome?: (ringwire.v1.Welcome.$Properties|null);

            /** ServerFrame set. */
            set?: (ringwire.v1.SetReply.$Properties|null);

            /** ServerFrame get. */
            get?: (ringwire.v1.GetReply.$Properties|null);

            /** ServerFrame error. */
            error?: (ringwire.v1.Error.$Properties|null);

            /** ServerFrame subscribe. */
            subscribe?: (ringwire.v1.SubscribeReply.$Properties|null);

            /** ServerFrame unsubscribe. */
            unsubscribe?: (ringwire.v1.UnsubscribeReply.$Properties|null);

            /** ServerFrame update. */
            update?: (ringwire.v1.UpdateReply.$Properties|null);

            /** ServerFrame delete. */
            delete?: (ringwire.v1.DeleteReply.$Properties|null);

            /** ServerFrame ping. */
            ping?: (ringwire.v1.PingReply.$Properties|null);

            /** ServerFrame stats. */
            stats?: (ringwire.v1.StatsReply.$Properties|null);

            /** ServerFrame push. */
            push?: (ringwire.v1.Push.$Properties|null);

            /** ServerFrame challenge. */
            challenge?: (ringwire.v1.AuthChallenge.$Properties|null);

            /** ServerFrame listRings. */
            listRings?: (ringwire.v1.ListRingsReply.$Properties|null);

            /** ServerFrame body. */
            body?: ("welcome"|"set"|"get"|"error"|"subscribe"|"unsubscribe"|"update"|"delete"|"ping"|"stats"|"push"|"challenge"|"listRings");

            /**
             * Creates a new ServerFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServerFrame instance
             */
            static create(properties: ringwire.v1.ServerFrame.$Shape): ringwire.v1.ServerFrame & ringwire.v1.ServerFrame.$Shape;
            static create(properties?: ringwire.v1.ServerFrame.$Properties): ringwire.v1.ServerFrame;

            /**
             * Encodes the specified ServerFrame message. Does not implicitly {@link ringwire.v1.ServerFrame.verify|verify} messages.
             * @param message ServerFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.ServerFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServerFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.ServerFrame & ringwire.v1.ServerFrame.$Shape} ServerFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.ServerFrame & ringwire.v1.ServerFrame.$Shape;
        }

        namespace ServerFrame {

            /** Properties of a ServerFrame. */
            interface $Properties {

                /** ServerFrame id */
                id?: (number|null);

                /** ServerFrame welcome */
                welcome?: (ringwire.v1.Welcome.$Properties|null);

                /** ServerFrame set */
                set?: (ringwire.v1.SetReply.$Properties|null);

                /** ServerFrame get */
                get?: (ringwire.v1.GetReply.$Properties|null);

                /** ServerFrame error */
                error?: (ringwire.v1.Error.$Properties|null);

                /** ServerFrame subscribe */
                subscribe?: (ringwire.v1.SubscribeReply.$Properties|null);

                /** ServerFrame unsubscribe */
                unsubscribe?: (ringwire.v1.UnsubscribeReply.$Properties|null);

                /** ServerFrame update */
                update?: (ringwire.v1.UpdateReply.$Properties|null);

                /** ServerFrame delete */
                "delete"?: (ringwire.v1.DeleteReply.$Properties|null);

                /** ServerFrame ping */
                ping?: (ringwire.v1.PingReply.$Properties|null);

                /** ServerFrame stats */
                stats?: (ringwire.v1.StatsReply.$Properties|null);

                /** ServerFrame push */
                push?: (ringwire.v1.Push.$Properties|null);

                /** ServerFrame challenge */
                challenge?: (ringwire.v1.AuthChallenge.$Properties|null);

                /** ServerFrame listRings */
                listRings?: (ringwire.v1.ListRingsReply.$Properties|null);

                /** ServerFrame body */
                body?: ("welcome"|"set"|"get"|"error"|"subscribe"|"unsubscribe"|"update"|"delete"|"ping"|"stats"|"push"|"challenge"|"listRings");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ServerFrame. */
            type $Shape = {
              id?: number|null;
              welcome?: ringwire.v1.Welcome.$Shape|null;
              set?: ringwire.v1.SetReply.$Shape|null;
              get?: ringwire.v1.GetReply.$Shape|null;
              error?: ringwire.v1.Error.$Shape|null;
              subscribe?: ringwire.v1.SubscribeReply.$Shape|null;
              unsubscribe?: ringwire.v1.UnsubscribeReply.$Shape|null;
              update?: ringwire.v1.UpdateReply.$Shape|null;
              "delete"?: ringwire.v1.DeleteReply.$Shape|null;
              ping?: ringwire.v1.PingReply.$Shape|null;
              stats?: ringwire.v1.StatsReply.$Shape|null;
              push?: ringwire.v1.Push.$Shape|null;
              challenge?: ringwire.v1.AuthChallenge.$Shape|null;
              listRings?: ringwire.v1.ListRingsReply.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; welcome?: null; set?: null; get?: null; error?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; push?: null; challenge?: null; listRings?: null }|{ body?: "welcome"; welcome: ringwire.v1.Welcome.$Shape; set?: null; get?: null; error?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; push?: null; challenge?: null; listRings?: null }|{ body?: "set"; welcome?: null; set: ringwire.v1.SetReply.$Shape; get?: null; error?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; push?: null; challenge?: null; listRings?: null }|{ body?: "get"; welcome?: null; set?: null; get: ringwire.v1.GetReply.$Shape; error?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; push?: null; challenge?: null; listRings?: null }|{ body?: "error"; welcome?: null; set?: null; get?: null; error: ringwire.v1.Error.$Shape; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; push?: null; challenge?: null; listRings?: null }|{ body?: "subscribe"; welcome?: null; set?: null; get?: null; error?: null; subscribe: ringwire.v1.SubscribeReply.$Shape; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; push?: null; challenge?: null; listRings?: null }|{ body?: "unsubscribe"; welcome?: null; set?: null; get?: null; error?: null; subscribe?: null; unsubscribe: ringwire.v1.UnsubscribeReply.$Shape; update?: null; "delete"?: null; ping?: null; stats?: null; push?: null; challenge?: null; listRings?: null }|{ body?: "update"; welcome?: null; set?: null; get?: null; error?: null; subscribe?: null; unsubscribe?: null; update: ringwire.v1.UpdateReply.$Shape; "delete"?: null; ping?: null; stats?: null; push?: null; challenge?: null; listRings?: null }|{ body?: "delete"; welcome?: null; set?: null; get?: null; error?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete": ringwire.v1.DeleteReply.$Shape; ping?: null; stats?: null; push?: null; challenge?: null; listRings?: null }|{ body?: "ping"; welcome?: null; set?: null; get?: null; error?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping: ringwire.v1.PingReply.$Shape; stats?: null; push?: null; challenge?: null; listRings?: null }|{ body?: "stats"; welcome?: null; set?: null; get?: null; error?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats: ringwire.v1.StatsReply.$Shape; push?: null; challenge?: null; listRings?: null }|{ body?: "push"; welcome?: null; set?: null; get?: null; error?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; push: ringwire.v1.Push.$Shape; challenge?: null; listRings?: null }|{ body?: "challenge"; welcome?: null; set?: null; get?: null; error?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; push?: null; challenge: ringwire.v1.AuthChallenge.$Shape; listRings?: null }|{ body?: "listRings"; welcome?: null; set?: null; get?: null; error?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; push?: null; challenge?: null; listRings: ringwire.v1.ListRingsReply.$Shape })
            );
        }

        /**
         * Properties of a Hello.
         * @deprecated Use ringwire.v1.Hello.$Properties instead.
         */
        interface IHello extends ringwire.v1.Hello.$Properties {
        }

        /** Represents a Hello. */
        class Hello {

            /**
             * Constructs a new Hello.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.Hello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Hello minVersion. */
            minVersion: number;

            /** Hello maxVersion. */
            maxVersion: number;

            /** Hello clientName. */
            clientName: string;

            /** Hello clientNonce. */
            clientNonce: Uint8Array;

            /**
             * Creates a new Hello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Hello instance
             */
            static create(properties: ringwire.v1.Hello.$Shape): ringwire.v1.Hello & ringwire.v1.Hello.$Shape;
            static create(properties?: ringwire.v1.Hello.$Properties): ringwire.v1.Hello;

            /**
             * Encodes the specified Hello message. Does not implicitly {@link ringwire.v1.Hello.verify|verify} messages.
             * @param message Hello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.Hello & ringwire.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.Hello & ringwire.v1.Hello.$Shape;
        }

        namespace Hello {

            /** Properties of a Hello. */
            interface $Properties {

                /** Hello minVersion */
                minVersion?: (number|null);

                /** Hello maxVersion */
                maxVersion?: (number|null);

                /** Hello clientName */
                clientName?: (string|null);

                /** Hello clientNonce */
                clientNonce?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Hello. */
            type $Shape = ringwire.v1.Hello.$Properties;
        }

        /**
         * Properties of an AuthChallenge.
         * @deprecated Use ringwire.v1.AuthChallenge.$Properties instead.
         */
        interface IAuthChallenge extends ringwire.v1.AuthChallenge.$Properties {
        }

        /** Represents an AuthChallenge. */
        class AuthChallenge {

            /**
             * Constructs a new AuthChallenge.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.AuthChallenge.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AuthChallenge serverNonce. */
            serverNonce: Uint8Array;

            /**
             * Creates a new AuthChallenge instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AuthChallenge instance
             */
            static create(properties: ringwire.v1.AuthChallenge.$Shape): ringwire.v1.AuthChallenge & ringwire.v1.AuthChallenge.$Shape;
            static create(properties?: ringwire.v1.AuthChallenge.$Properties): ringwire.v1.AuthChallenge;

            /**
             * Encodes the specified AuthChallenge message. Does not implicitly {@link ringwire.v1.AuthChallenge.verify|verify} messages.
             * @param message AuthChallenge message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.AuthChallenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AuthChallenge message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.AuthChallenge & ringwire.v1.AuthChallenge.$Shape} AuthChallenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.AuthChallenge & ringwire.v1.AuthChallenge.$Shape;
        }

        namespace AuthChallenge {

            /** Properties of an AuthChallenge. */
            interface $Properties {

                /** AuthChallenge serverNonce */
                serverNonce?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AuthChallenge. */
            type $Shape = ringwire.v1.AuthChallenge.$Properties;
        }

        /**
         * Properties of an AuthResponse.
         * @deprecated Use ringwire.v1.AuthResponse.$Properties instead.
         */
        interface IAuthResponse extends ringwire.v1.AuthResponse.$Properties {
        }

        /** Represents an AuthResponse. */
        class AuthResponse {

            /**
             * Constructs a new AuthResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.AuthResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AuthResponse clientProof. */
            clientProof: Uint8Array;

            /**
             * Creates a new AuthResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AuthResponse instance
             */
            static create(properties: ringwire.v1.AuthResponse.$Shape): ringwire.v1.AuthResponse & ringwire.v1.AuthResponse.$Shape;
            static create(properties?: ringwire.v1.AuthResponse.$Properties): ringwire.v1.AuthResponse;

            /**
             * Encodes the specified AuthResponse message. Does not implicitly {@link ringwire.v1.AuthResponse.verify|verify} messages.
             * @param message AuthResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.AuthResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AuthResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.AuthResponse & ringwire.v1.AuthResponse.$Shape} AuthResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.AuthResponse & ringwire.v1.AuthResponse.$Shape;
        }

        namespace AuthResponse {

            /** Properties of an AuthResponse. */
            interface $Properties {

                /** AuthResponse clientProof */
                clientProof?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AuthResponse. */
            type $Shape = ringwire.v1.AuthResponse.$Properties;
        }

        /**
         * Properties of a Welcome.
         * @deprecated Use ringwire.v1.Welcome.$Properties instead.
         */
        interface IWelcome extends ringwire.v1.Welcome.$Properties {
        }

        /** Represents a Welcome. */
        class Welcome {

            /**
             * Constructs a new Welcome.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.Welcome.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Welcome version. */
            version: number;

            /** Welcome serverName. */
            serverName: string;

            /** Welcome serverVersion. */
            serverVersion: string;

            /** Welcome sessionId. */
            sessionId: string;

            /** Welcome maxFrameBytes. */
            maxFrameBytes: number;

            /** Welcome maxPayloadBytes. */
            maxPayloadBytes: number;

            /** Welcome ringCapacity. */
            ringCapacity: number;

            /** Welcome nextSeq. */
            nextSeq: (number|Long);

            /** Welcome serverProof. */
            serverProof: Uint8Array;

            /** Welcome idleTimeoutMs. */
            idleTimeoutMs: number;

            /**
             * Creates a new Welcome instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Welcome instance
             */
            static create(properties: ringwire.v1.Welcome.$Shape): ringwire.v1.Welcome & ringwire.v1.Welcome.$Shape;
            static create(properties?: ringwire.v1.Welcome.$Properties): ringwire.v1.Welcome;

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link ringwire.v1.Welcome.verify|verify} messages.
             * @param message Welcome message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.Welcome & ringwire.v1.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.Welcome & ringwire.v1.Welcome.$Shape;
        }

        namespace Welcome {

            /** Properties of a Welcome. */
            interface $Properties {

                /** Welcome version */
                version?: (number|null);

                /** Welcome serverName */
                serverName?: (string|null);

                /** Welcome serverVersion */
                serverVersion?: (string|null);

                /** Welcome sessionId */
                sessionId?: (string|null);

                /** Welcome maxFrameBytes */
                maxFrameBytes?: (number|null);

                /** Welcome maxPayloadBytes */
                maxPayloadBytes?: (number|null);

                /** Welcome ringCapacity */
                ringCapacity?: (number|null);

                /** Welcome nextSeq */
                nextSeq?: (number|Long|null);

                /** Welcome serverProof */
                serverProof?: (Uint8Array|null);

                /** Welcome idleTimeoutMs */
                idleTimeoutMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Welcome. */
            type $Shape = ringwire.v1.Welcome.$Properties;
        }

        /**
         * Properties of a SetRequest.
         * @deprecated Use ringwire.v1.SetRequest.$Properties instead.
         */
        interface ISetRequest extends ringwire.v1.SetRequest.$Properties {
        }

        /** Represents a SetRequest. */
        class SetRequest {

            /**
             * Constructs a new SetRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.SetRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetRequest payload. */
            payload: Uint8Array;

            /** SetRequest ring. */
            ring: string;

            /**
             * Creates a new SetRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetRequest instance
             */
            static create(properties: ringwire.v1.SetRequest.$Shape): ringwire.v1.SetRequest & ringwire.v1.SetRequest.$Shape;
            static create(properties?: ringwire.v1.SetRequest.$Properties): ringwire.v1.SetRequest;

            /**
             * Encodes the specified SetRequest message. Does not implicitly {@link ringwire.v1.SetRequest.verify|verify} messages.
             * @param message SetRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.SetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.SetRequest & ringwire.v1.SetRequest.$Shape} SetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.SetRequest & ringwire.v1.SetRequest.$Shape;
        }

        namespace SetRequest {

            /** Properties of a SetRequest. */
            interface $Properties {

                /** SetRequest payload */
                payload?: (Uint8Array|null);

                /** SetRequest ring */
                ring?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetRequest. */
            type $Shape = ringwire.v1.SetRequest.$Properties;
        }

        /**
         * Properties of a SetReply.
         * @deprecated Use ringwire.v1.SetReply.$Properties instead.
         */
        interface ISetReply extends ringwire.v1.SetReply.$Properties {
        }

        /** Represents a SetReply. */
        class SetReply {

            /**
             * Constructs a new SetReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.SetReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetReply seq. */
            seq: (number|Long);

            /** SetReply timestampMs. */
            timestampMs: (number|Long);

            /**
             * Creates a new SetReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetReply instance
             */
            static create(properties: ringwire.v1.SetReply.$Shape): ringwire.v1.SetReply & ringwire.v1.SetReply.$Shape;
            static create(properties?: ringwire.v1.SetReply.$Properties): ringwire.v1.SetReply;

            /**
             * Encodes the specified SetReply message. Does not implicitly {@link ringwire.v1.SetReply.verify|verify} messages.
             * @param message SetReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.SetReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.SetReply & ringwire.v1.SetReply.$Shape} SetReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.SetReply & ringwire.v1.SetReply.$Shape;
        }

        namespace SetReply {

            /** Properties of a SetReply. */
            interface $Properties {

                /** SetReply seq */
                seq?: (number|Long|null);

                /** SetReply timestampMs */
                timestampMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetReply. */
            type $Shape = ringwire.v1.SetReply.$Properties;
        }

        /**
         * Properties of a GetRequest.
         * @deprecated Use ringwire.v1.GetRequest.$Properties instead.
         */
        interface IGetRequest extends ringwire.v1.GetRequest.$Properties {
        }

        /** Represents a GetRequest. */
        class GetRequest {

            /**
             * Constructs a new GetRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.GetRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetRequest count. */
            count: number;

            /** GetRequest afterSeq. */
            afterSeq?: (number|Long|null);

            /** GetRequest next. */
            next: boolean;

            /** GetRequest waitMs. */
            waitMs: number;

            /** GetRequest ring. */
            ring: string;

            /**
             * Creates a new GetRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetRequest instance
             */
            static create(properties: ringwire.v1.GetRequest.$Shape): ringwire.v1.GetRequest & ringwire.v1.GetRequest.$Shape;
            static create(properties?: ringwire.v1.GetRequest.$Properties): ringwire.v1.GetRequest;

            /**
             * Encodes the specified GetRequest message. Does not implicitly {@link ringwire.v1.GetRequest.verify|verify} messages.
             * @param message GetRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.GetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.GetRequest & ringwire.v1.GetRequest.$Shape} GetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.GetRequest & ringwire.v1.GetRequest.$Shape;
        }

        namespace GetRequest {

            /** Properties of a GetRequest. */
            interface $Properties {

                /** GetRequest count */
                count?: (number|null);

                /** GetRequest afterSeq */
                afterSeq?: (number|Long|null);

                /** GetRequest next */
                next?: (boolean|null);

                /** GetRequest waitMs */
                waitMs?: (number|null);

                /** GetRequest ring */
                ring?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetRequest. */
            type $Shape = ringwire.v1.GetRequest.$Properties;
        }

        /**
         * Properties of a GetReply.
         * @deprecated Use ringwire.v1.GetReply.$Properties instead.
         */
        interface IGetReply extends ringwire.v1.GetReply.$Properties {
        }

        /** Represents a GetReply. */
        class GetReply {

            /**
             * Constructs a new GetReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.GetReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetReply messages. */
            messages: ringwire.v1.Message.$Properties[];

            /** GetReply lost. */
            lost: (number|Long);

            /** GetReply oldestSeq. */
            oldestSeq: (number|Long);

            /** GetReply nextSeq. */
            nextSeq: (number|Long);

            /** GetReply truncated. */
            truncated: boolean;

            /** GetReply deleted. */
            deleted: (number|Long);

            /**
             * Creates a new GetReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetReply instance
             */
            static create(properties: ringwire.v1.GetReply.$Shape): ringwire.v1.GetReply & ringwire.v1.GetReply.$Shape;
            static create(properties?: ringwire.v1.GetReply.$Properties): ringwire.v1.GetReply;

            /**
             * Encodes the specified GetReply message. Does not implicitly {@link ringwire.v1.GetReply.verify|verify} messages.
             * @param message GetReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.GetReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.GetReply & ringwire.v1.GetReply.$Shape} GetReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.GetReply & ringwire.v1.GetReply.$Shape;
        }

        namespace GetReply {

            /** Properties of a GetReply. */
            interface $Properties {

                /** GetReply messages */
                messages?: (ringwire.v1.Message.$Properties[]|null);

                /** GetReply lost */
                lost?: (number|Long|null);

                /** GetReply oldestSeq */
                oldestSeq?: (number|Long|null);

                /** GetReply nextSeq */
                nextSeq?: (number|Long|null);

                /** GetReply truncated */
                truncated?: (boolean|null);

                /** GetReply deleted */
                deleted?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetReply. */
            type $Shape = ringwire.v1.GetReply.$Properties;
        }

        /**
         * Properties of a Message.
         * @deprecated Use ringwire.v1.Message.$Properties instead.
         */
        interface IMessage extends ringwire.v1.Message.$Properties {
        }

        /** Represents a Message. */
        class Message {

            /**
             * Constructs a new Message.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.Message.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Message seq. */
            seq: (number|Long);

            /** Message timestampMs. */
            timestampMs: (number|Long);

            /** Message sender. */
            sender: string;

            /** Message payload. */
            payload: Uint8Array;

            /** Message updatedMs. */
            updatedMs: (number|Long);

            /**
             * Creates a new Message instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Message instance
             */
            static create(properties: ringwire.v1.Message.$Shape): ringwire.v1.Message & ringwire.v1.Message.$Shape;
            static create(properties?: ringwire.v1.Message.$Properties): ringwire.v1.Message;

            /**
             * Encodes the specified Message message. Does not implicitly {@link ringwire.v1.Message.verify|verify} messages.
             * @param message Message message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Message message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.Message & ringwire.v1.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.Message & ringwire.v1.Message.$Shape;
        }

        namespace Message {

            /** Properties of a Message. */
            interface $Properties {

                /** Message seq */
                seq?: (number|Long|null);

                /** Message timestampMs */
                timestampMs?: (number|Long|null);

                /** Message sender */
                sender?: (string|null);

                /** Message payload */
                payload?: (Uint8Array|null);

                /** Message updatedMs */
                updatedMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Message. */
            type $Shape = ringwire.v1.Message.$Properties;
        }

        /**
         * Properties of a SubscribeRequest.
         * @deprecated Use ringwire.v1.SubscribeRequest.$Properties instead.
         */
        interface ISubscribeRequest extends ringwire.v1.SubscribeRequest.$Properties {
        }

        /** Represents a SubscribeRequest. */
        class SubscribeRequest {

            /**
             * Constructs a new SubscribeRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.SubscribeRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SubscribeRequest start. */
            start: ringwire.v1.SubscribeRequest.Start;

            /** SubscribeRequest fromSeq. */
            fromSeq: (number|Long);

            /** SubscribeRequest ring. */
            ring: string;

            /**
             * Creates a new SubscribeRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubscribeRequest instance
             */
            static create(properties: ringwire.v1.SubscribeRequest.$Shape): ringwire.v1.SubscribeRequest & ringwire.v1.SubscribeRequest.$Shape;
            static create(properties?: ringwire.v1.SubscribeRequest.$Properties): ringwire.v1.SubscribeRequest;

            /**
             * Encodes the specified SubscribeRequest message. Does not implicitly {@link ringwire.v1.SubscribeRequest.verify|verify} messages.
             * @param message SubscribeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.SubscribeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubscribeRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.SubscribeRequest & ringwire.v1.SubscribeRequest.$Shape} SubscribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.SubscribeRequest & ringwire.v1.SubscribeRequest.$Shape;
        }

        namespace SubscribeRequest {

            /** Properties of a SubscribeRequest. */
            interface $Properties {

                /** SubscribeRequest start */
                start?: (ringwire.v1.SubscribeRequest.Start|null);

                /** SubscribeRequest fromSeq */
                fromSeq?: (number|Long|null);

                /** SubscribeRequest ring */
                ring?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SubscribeRequest. */
            type $Shape = ringwire.v1.SubscribeRequest.$Properties;

            /** Start enum. */
            enum Start {

                /** NOW value */
                NOW = 0,

                /** OLDEST value */
                OLDEST = 1,

                /** SEQ value */
                SEQ = 2
            }
        }

        /**
         * Properties of a SubscribeReply.
         * @deprecated Use ringwire.v1.SubscribeReply.$Properties instead.
         */
        interface ISubscribeReply extends ringwire.v1.SubscribeReply.$Properties {
        }

        /** Represents a SubscribeReply. */
        class SubscribeReply {

            /**
             * Constructs a new SubscribeReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.SubscribeReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SubscribeReply startSeq. */
            startSeq: (number|Long);

            /** SubscribeReply subscriptionId. */
            subscriptionId: number;

            /**
             * Creates a new SubscribeReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubscribeReply instance
             */
            static create(properties: ringwire.v1.SubscribeReply.$Shape): ringwire.v1.SubscribeReply & ringwire.v1.SubscribeReply.$Shape;
            static create(properties?: ringwire.v1.SubscribeReply.$Properties): ringwire.v1.SubscribeReply;

            /**
             * Encodes the specified SubscribeReply message. Does not implicitly {@link ringwire.v1.SubscribeReply.verify|verify} messages.
             * @param message SubscribeReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.SubscribeReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubscribeReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.SubscribeReply & ringwire.v1.SubscribeReply.$Shape} SubscribeReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.SubscribeReply & ringwire.v1.SubscribeReply.$Shape;
        }

        namespace SubscribeReply {

            /** Properties of a SubscribeReply. */
            interface $Properties {

                /** SubscribeReply startSeq */
                startSeq?: (number|Long|null);

                /** SubscribeReply subscriptionId */
                subscriptionId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SubscribeReply. */
            type $Shape = ringwire.v1.SubscribeReply.$Properties;
        }

        /**
         * Properties of an UnsubscribeRequest.
         * @deprecated Use ringwire.v1.UnsubscribeRequest.$Properties instead.
         */
        interface IUnsubscribeRequest extends ringwire.v1.UnsubscribeRequest.$Properties {
        }

        /** Represents an UnsubscribeRequest. */
        class UnsubscribeRequest {

            /**
             * Constructs a new UnsubscribeRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.UnsubscribeRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UnsubscribeRequest subscriptionId. */
            subscriptionId: number;

            /**
             * Creates a new UnsubscribeRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UnsubscribeRequest instance
             */
            static create(properties: ringwire.v1.UnsubscribeRequest.$Shape): ringwire.v1.UnsubscribeRequest & ringwire.v1.UnsubscribeRequest.$Shape;
            static create(properties?: ringwire.v1.UnsubscribeRequest.$Properties): ringwire.v1.UnsubscribeRequest;

            /**
             * Encodes the specified UnsubscribeRequest message. Does not implicitly {@link ringwire.v1.UnsubscribeRequest.verify|verify} messages.
             * @param message UnsubscribeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.UnsubscribeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UnsubscribeRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.UnsubscribeRequest & ringwire.v1.UnsubscribeRequest.$Shape} UnsubscribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.UnsubscribeRequest & ringwire.v1.UnsubscribeRequest.$Shape;
        }

        namespace UnsubscribeRequest {

            /** Properties of an UnsubscribeRequest. */
            interface $Properties {

                /** UnsubscribeRequest subscriptionId */
                subscriptionId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UnsubscribeRequest. */
            type $Shape = ringwire.v1.UnsubscribeRequest.$Properties;
        }

        /**
         * Properties of an UnsubscribeReply.
         * @deprecated Use ringwire.v1.UnsubscribeReply.$Properties instead.
         */
        interface IUnsubscribeReply extends ringwire.v1.UnsubscribeReply.$Properties {
        }

        /** Represents an UnsubscribeReply. */
        class UnsubscribeReply {

            /**
             * Constructs a new UnsubscribeReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.UnsubscribeReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UnsubscribeReply lastSeq. */
            lastSeq: (number|Long);

            /**
             * Creates a new UnsubscribeReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UnsubscribeReply instance
             */
            static create(properties: ringwire.v1.UnsubscribeReply.$Shape): ringwire.v1.UnsubscribeReply & ringwire.v1.UnsubscribeReply.$Shape;
            static create(properties?: ringwire.v1.UnsubscribeReply.$Properties): ringwire.v1.UnsubscribeReply;

            /**
             * Encodes the specified UnsubscribeReply message. Does not implicitly {@link ringwire.v1.UnsubscribeReply.verify|verify} messages.
             * @param message UnsubscribeReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.UnsubscribeReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UnsubscribeReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.UnsubscribeReply & ringwire.v1.UnsubscribeReply.$Shape} UnsubscribeReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.UnsubscribeReply & ringwire.v1.UnsubscribeReply.$Shape;
        }

        namespace UnsubscribeReply {

            /** Properties of an UnsubscribeReply. */
            interface $Properties {

                /** UnsubscribeReply lastSeq */
                lastSeq?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UnsubscribeReply. */
            type $Shape = ringwire.v1.UnsubscribeReply.$Properties;
        }

        /**
         * Properties of an UpdateRequest.
         * @deprecated Use ringwire.v1.UpdateRequest.$Properties instead.
         */
        interface IUpdateRequest extends ringwire.v1.UpdateRequest.$Properties {
        }

        /** Represents an UpdateRequest. */
        class UpdateRequest {

            /**
             * Constructs a new UpdateRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.UpdateRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UpdateRequest seq. */
            seq: (number|Long);

            /** UpdateRequest payload. */
            payload: Uint8Array;

            /** UpdateRequest ring. */
            ring: string;

            /**
             * Creates a new UpdateRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UpdateRequest instance
             */
            static create(properties: ringwire.v1.UpdateRequest.$Shape): ringwire.v1.UpdateRequest & ringwire.v1.UpdateRequest.$Shape;
            static create(properties?: ringwire.v1.UpdateRequest.$Properties): ringwire.v1.UpdateRequest;

            /**
             * Encodes the specified UpdateRequest message. Does not implicitly {@link ringwire.v1.UpdateRequest.verify|verify} messages.
             * @param message UpdateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.UpdateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UpdateRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.UpdateRequest & ringwire.v1.UpdateRequest.$Shape} UpdateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.UpdateRequest & ringwire.v1.UpdateRequest.$Shape;
        }

        namespace UpdateRequest {

            /** Properties of an UpdateRequest. */
            interface $Properties {

                /** UpdateRequest seq */
                seq?: (number|Long|null);

                /** UpdateRequest payload */
                payload?: (Uint8Array|null);

                /** UpdateRequest ring */
                ring?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UpdateRequest. */
            type $Shape = ringwire.v1.UpdateRequest.$Properties;
        }

        /**
         * Properties of an UpdateReply.
         * @deprecated Use ringwire.v1.UpdateReply.$Properties instead.
         */
        interface IUpdateReply extends ringwire.v1.UpdateReply.$Properties {
        }

        /** Represents an UpdateReply. */
        class UpdateReply {

            /**
             * Constructs a new UpdateReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.UpdateReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UpdateReply seq. */
            seq: (number|Long);

            /** UpdateReply updatedMs. */
            updatedMs: (number|Long);

            /**
             * Creates a new UpdateReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UpdateReply instance
             */
            static create(properties: ringwire.v1.UpdateReply.$Shape): ringwire.v1.UpdateReply & ringwire.v1.UpdateReply.$Shape;
            static create(properties?: ringwire.v1.UpdateReply.$Properties): ringwire.v1.UpdateReply;

            /**
             * Encodes the specified UpdateReply message. Does not implicitly {@link ringwire.v1.UpdateReply.verify|verify} messages.
             * @param message UpdateReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.UpdateReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UpdateReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.UpdateReply & ringwire.v1.UpdateReply.$Shape} UpdateReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.UpdateReply & ringwire.v1.UpdateReply.$Shape;
        }

        namespace UpdateReply {

            /** Properties of an UpdateReply. */
            interface $Properties {

                /** UpdateReply seq */
                seq?: (number|Long|null);

                /** UpdateReply updatedMs */
                updatedMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UpdateReply. */
            type $Shape = ringwire.v1.UpdateReply.$Properties;
        }

        /**
         * Properties of a DeleteRequest.
         * @deprecated Use ringwire.v1.DeleteRequest.$Properties instead.
         */
        interface IDeleteRequest extends ringwire.v1.DeleteRequest.$Properties {
        }

        /** Represents a DeleteRequest. */
        class DeleteRequest {

            /**
             * Constructs a new DeleteRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.DeleteRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteRequest seq. */
            seq: (number|Long);

            /** DeleteRequest ring. */
            ring: string;

            /**
             * Creates a new DeleteRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteRequest instance
             */
            static create(properties: ringwire.v1.DeleteRequest.$Shape): ringwire.v1.DeleteRequest & ringwire.v1.DeleteRequest.$Shape;
            static create(properties?: ringwire.v1.DeleteRequest.$Properties): ringwire.v1.DeleteRequest;

            /**
             * Encodes the specified DeleteRequest message. Does not implicitly {@link ringwire.v1.DeleteRequest.verify|verify} messages.
             * @param message DeleteRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.DeleteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.DeleteRequest & ringwire.v1.DeleteRequest.$Shape} DeleteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.DeleteRequest & ringwire.v1.DeleteRequest.$Shape;
        }

        namespace DeleteRequest {

            /** Properties of a DeleteRequest. */
            interface $Properties {

                /** DeleteRequest seq */
                seq?: (number|Long|null);

                /** DeleteRequest ring */
                ring?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteRequest. */
            type $Shape = ringwire.v1.DeleteRequest.$Properties;
        }

        /**
         * Properties of a DeleteReply.
         * @deprecated Use ringwire.v1.DeleteReply.$Properties instead.
         */
        interface IDeleteReply extends ringwire.v1.DeleteReply.$Properties {
        }

        /** Represents a DeleteReply. */
        class DeleteReply {

            /**
             * Constructs a new DeleteReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.DeleteReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteReply seq. */
            seq: (number|Long);

            /**
             * Creates a new DeleteReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteReply instance
             */
            static create(properties: ringwire.v1.DeleteReply.$Shape): ringwire.v1.DeleteReply & ringwire.v1.DeleteReply.$Shape;
            static create(properties?: ringwire.v1.DeleteReply.$Properties): ringwire.v1.DeleteReply;

            /**
             * Encodes the specified DeleteReply message. Does not implicitly {@link ringwire.v1.DeleteReply.verify|verify} messages.
             * @param message DeleteReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.DeleteReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.DeleteReply & ringwire.v1.DeleteReply.$Shape} DeleteReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.DeleteReply & ringwire.v1.DeleteReply.$Shape;
        }

        namespace DeleteReply {

            /** Properties of a DeleteReply. */
            interface $Properties {

                /** DeleteReply seq */
                seq?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteReply. */
            type $Shape = ringwire.v1.DeleteReply.$Properties;
        }

        /**
         * Properties of a PingRequest.
         * @deprecated Use ringwire.v1.PingRequest.$Properties instead.
         */
        interface IPingRequest extends ringwire.v1.PingRequest.$Properties {
        }

        /** Represents a PingRequest. */
        class PingRequest {

            /**
             * Constructs a new PingRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.PingRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new PingRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PingRequest instance
             */
            static create(properties: ringwire.v1.PingRequest.$Shape): ringwire.v1.PingRequest & ringwire.v1.PingRequest.$Shape;
            static create(properties?: ringwire.v1.PingRequest.$Properties): ringwire.v1.PingRequest;

            /**
             * Encodes the specified PingRequest message. Does not implicitly {@link ringwire.v1.PingRequest.verify|verify} messages.
             * @param message PingRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.PingRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PingRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.PingRequest & ringwire.v1.PingRequest.$Shape} PingRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.PingRequest & ringwire.v1.PingRequest.$Shape;
        }

        namespace PingRequest {

            /** Properties of a PingRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PingRequest. */
            type $Shape = ringwire.v1.PingRequest.$Properties;
        }

        /**
         * Properties of a PingReply.
         * @deprecated Use ringwire.v1.PingReply.$Properties instead.
         */
        interface IPingReply extends ringwire.v1.PingReply.$Properties {
        }

        /** Represents a PingReply. */
        class PingReply {

            /**
             * Constructs a new PingReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.PingReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PingReply serverTimeMs. */
            serverTimeMs: (number|Long);

            /**
             * Creates a new PingReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PingReply instance
             */
            static create(properties: ringwire.v1.PingReply.$Shape): ringwire.v1.PingReply & ringwire.v1.PingReply.$Shape;
            static create(properties?: ringwire.v1.PingReply.$Properties): ringwire.v1.PingReply;

            /**
             * Encodes the specified PingReply message. Does not implicitly {@link ringwire.v1.PingReply.verify|verify} messages.
             * @param message PingReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.PingReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PingReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.PingReply & ringwire.v1.PingReply.$Shape} PingReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.PingReply & ringwire.v1.PingReply.$Shape;
        }

        namespace PingReply {

            /** Properties of a PingReply. */
            interface $Properties {

                /** PingReply serverTimeMs */
                serverTimeMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PingReply. */
            type $Shape = ringwire.v1.PingReply.$Properties;
        }

        /**
         * Properties of a StatsRequest.
         * @deprecated Use ringwire.v1.StatsRequest.$Properties instead.
         */
        interface IStatsRequest extends ringwire.v1.StatsRequest.$Properties {
        }

        /** Represents a StatsRequest. */
        class StatsRequest {

            /**
             * Constructs a new StatsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.StatsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new StatsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatsRequest instance
             */
            static create(properties: ringwire.v1.StatsRequest.$Shape): ringwire.v1.StatsRequest & ringwire.v1.StatsRequest.$Shape;
            static create(properties?: ringwire.v1.StatsRequest.$Properties): ringwire.v1.StatsRequest;

            /**
             * Encodes the specified StatsRequest message. Does not implicitly {@link ringwire.v1.StatsRequest.verify|verify} messages.
             * @param message StatsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.StatsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.StatsRequest & ringwire.v1.StatsRequest.$Shape} StatsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.StatsRequest & ringwire.v1.StatsRequest.$Shape;
        }

        namespace StatsRequest {

            /** Properties of a StatsRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatsRequest. */
            type $Shape = ringwire.v1.StatsRequest.$Properties;
        }

        /**
         * Properties of a StatsReply.
         * @deprecated Use ringwire.v1.StatsReply.$Properties instead.
         */
        interface IStatsReply extends ringwire.v1.StatsReply.$Properties {
        }

        /** Represents a StatsReply. */
        class StatsReply {

            /**
             * Constructs a new StatsReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.StatsReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StatsReply uptimeMs. */
            uptimeMs: (number|Long);

            /** StatsReply connections. */
            connections: number;

            /** StatsReply subscribers. */
            subscribers: number;

            /** StatsReply requests. */
            requests: { [k: string]: (number|Long) };

            /** StatsReply ringCapacity. */
            ringCapacity: number;

            /** StatsReply ringMessages. */
            ringMessages: (number|Long);

            /** StatsReply ringBytes. */
            ringBytes: (number|Long);

            /** StatsReply firstSeq. */
            firstSeq: (number|Long);

            /** StatsReply lastSeq. */
            lastSeq: (number|Long);

            /** StatsReply overflow. */
            overflow: string;

            /** StatsReply errors. */
            errors: { [k: string]: (number|Long) };

            /** StatsReply rings. */
            rings: number;

            /** StatsReply totalMessages. */
            totalMessages: (number|Long);

            /** StatsReply totalBytes. */
            totalBytes: (number|Long);

            /** StatsReply dataDir. */
            dataDir: string;

            /** StatsReply fsync. */
            fsync: string;

            /** StatsReply logBytes. */
            logBytes: (number|Long);

            /** StatsReply lastFsyncMs. */
            lastFsyncMs: (number|Long);

            /** StatsReply recovery. */
            recovery: string;

            /**
             * Creates a new StatsReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatsReply instance
             */
            static create(properties: ringwire.v1.StatsReply.$Shape): ringwire.v1.StatsReply & ringwire.v1.StatsReply.$Shape;
            static create(properties?: ringwire.v1.StatsReply.$Properties): ringwire.v1.StatsReply;

            /**
             * Encodes the specified StatsReply message. Does not implicitly {@link ringwire.v1.StatsReply.verify|verify} messages.
             * @param message StatsReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.StatsReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatsReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.StatsReply & ringwire.v1.StatsReply.$Shape} StatsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.StatsReply & ringwire.v1.StatsReply.$Shape;
        }

        namespace StatsReply {

            /** Properties of a StatsReply. */
            interface $Properties {

                /** StatsReply uptimeMs */
                uptimeMs?: (number|Long|null);

                /** StatsReply connections */
                connections?: (number|null);

                /** StatsReply subscribers */
                subscribers?: (number|null);

                /** StatsReply requests */
                requests?: ({ [k: string]: (number|Long) }|null);

                /** StatsReply ringCapacity */
                ringCapacity?: (number|null);

                /** StatsReply ringMessages */
                ringMessages?: (number|Long|null);

                /** StatsReply ringBytes */
                ringBytes?: (number|Long|null);

                /** StatsReply firstSeq */
                firstSeq?: (number|Long|null);

                /** StatsReply lastSeq */
                lastSeq?: (number|Long|null);

                /** StatsReply overflow */
                overflow?: (string|null);

                /** StatsReply errors */
                errors?: ({ [k: string]: (number|Long) }|null);

                /** StatsReply rings */
                rings?: (number|null);

                /** StatsReply totalMessages */
                totalMessages?: (number|Long|null);

                /** StatsReply totalBytes */
                totalBytes?: (number|Long|null);

                /** StatsReply dataDir */
                dataDir?: (string|null);

                /** StatsReply fsync */
                fsync?: (string|null);

                /** StatsReply logBytes */
                logBytes?: (number|Long|null);

                /** StatsReply lastFsyncMs */
                lastFsyncMs?: (number|Long|null);

                /** StatsReply recovery */
                recovery?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatsReply. */
            type $Shape = ringwire.v1.StatsReply.$Properties;
        }

        /**
         * Properties of a ListRingsRequest.
         * @deprecated Use ringwire.v1.ListRingsRequest.$Properties instead.
         */
        interface IListRingsRequest extends ringwire.v1.ListRingsRequest.$Properties {
        }

        /** Represents a ListRingsRequest. */
        class ListRingsRequest {

            /**
             * Constructs a new ListRingsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.ListRingsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListRingsRequest afterName. */
            afterName: string;

            /**
             * Creates a new ListRingsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListRingsRequest instance
             */
            static create(properties: ringwire.v1.ListRingsRequest.$Shape): ringwire.v1.ListRingsRequest & ringwire.v1.ListRingsRequest.$Shape;
            static create(properties?: ringwire.v1.ListRingsRequest.$Properties): ringwire.v1.ListRingsRequest;

            /**
             * Encodes the specified ListRingsRequest message. Does not implicitly {@link ringwire.v1.ListRingsRequest.verify|verify} messages.
             * @param message ListRingsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.ListRingsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListRingsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.ListRingsRequest & ringwire.v1.ListRingsRequest.$Shape} ListRingsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.ListRingsRequest & ringwire.v1.ListRingsRequest.$Shape;
        }

        namespace ListRingsRequest {

            /** Properties of a ListRingsRequest. */
            interface $Properties {

                /** ListRingsRequest afterName */
                afterName?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListRingsRequest. */
            type $Shape = ringwire.v1.ListRingsRequest.$Properties;
        }

        /**
         * Properties of a ListRingsReply.
         * @deprecated Use ringwire.v1.ListRingsReply.$Properties instead.
         */
        interface IListRingsReply extends ringwire.v1.ListRingsReply.$Properties {
        }

        /** Represents a ListRingsReply. */
        class ListRingsReply {

            /**
             * Constructs a new ListRingsReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.ListRingsReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListRingsReply rings. */
            rings: ringwire.v1.RingInfo.$Properties[];

            /** ListRingsReply truncated. */
            truncated: boolean;

            /**
             * Creates a new ListRingsReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListRingsReply instance
             */
            static create(properties: ringwire.v1.ListRingsReply.$Shape): ringwire.v1.ListRingsReply & ringwire.v1.ListRingsReply.$Shape;
            static create(properties?: ringwire.v1.ListRingsReply.$Properties): ringwire.v1.ListRingsReply;

            /**
             * Encodes the specified ListRingsReply message. Does not implicitly {@link ringwire.v1.ListRingsReply.verify|verify} messages.
             * @param message ListRingsReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.ListRingsReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListRingsReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.ListRingsReply & ringwire.v1.ListRingsReply.$Shape} ListRingsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.ListRingsReply & ringwire.v1.ListRingsReply.$Shape;
        }

        namespace ListRingsReply {

            /** Properties of a ListRingsReply. */
            interface $Properties {

                /** ListRingsReply rings */
                rings?: (ringwire.v1.RingInfo.$Properties[]|null);

                /** ListRingsReply truncated */
                truncated?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListRingsReply. */
            type $Shape = ringwire.v1.ListRingsReply.$Properties;
        }

        /**
         * Properties of a RingInfo.
         * @deprecated Use ringwire.v1.RingInfo.$Properties instead.
         */
        interface IRingInfo extends ringwire.v1.RingInfo.$Properties {
        }

        /** Represents a RingInfo. */
        class RingInfo {

            /**
             * Constructs a new RingInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.RingInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RingInfo name. */
            name: string;

            /** RingInfo capacity. */
            capacity: number;

            /** RingInfo maxBytes. */
            maxBytes: (number|Long);

            /** RingInfo overflow. */
            overflow: string;

            /** RingInfo messages. */
            messages: (number|Long);

            /** RingInfo bytes. */
            bytes: (number|Long);

            /** RingInfo firstSeq. */
            firstSeq: (number|Long);

            /** RingInfo lastSeq. */
            lastSeq: (number|Long);

            /** RingInfo subscribers. */
            subscribers: number;

            /** RingInfo nextSeq. */
            nextSeq: (number|Long);

            /**
             * Creates a new RingInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RingInfo instance
             */
            static create(properties: ringwire.v1.RingInfo.$Shape): ringwire.v1.RingInfo & ringwire.v1.RingInfo.$Shape;
            static create(properties?: ringwire.v1.RingInfo.$Properties): ringwire.v1.RingInfo;

            /**
             * Encodes the specified RingInfo message. Does not implicitly {@link ringwire.v1.RingInfo.verify|verify} messages.
             * @param message RingInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.RingInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RingInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.RingInfo & ringwire.v1.RingInfo.$Shape} RingInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.RingInfo & ringwire.v1.RingInfo.$Shape;
        }

        namespace RingInfo {

            /** Properties of a RingInfo. */
            interface $Properties {

                /** RingInfo name */
                name?: (string|null);

                /** RingInfo capacity */
                capacity?: (number|null);

                /** RingInfo maxBytes */
                maxBytes?: (number|Long|null);

                /** RingInfo overflow */
                overflow?: (string|null);

                /** RingInfo messages */
                messages?: (number|Long|null);

                /** RingInfo bytes */
                bytes?: (number|Long|null);

                /** RingInfo firstSeq */
                firstSeq?: (number|Long|null);

                /** RingInfo lastSeq */
                lastSeq?: (number|Long|null);

                /** RingInfo subscribers */
                subscribers?: (number|null);

                /** RingInfo nextSeq */
                nextSeq?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RingInfo. */
            type $Shape = ringwire.v1.RingInfo.$Properties;
        }

        /**
         * Properties of a Push.
         * @deprecated Use ringwire.v1.Push.$Properties instead.
         */
        interface IPush extends ringwire.v1.Push.$Properties {
        }

        /** Represents a Push. */
        class Push {

            /**
             * Constructs a new Push.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.Push.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Push subscriptionId. */
            subscriptionId: number;

            /** Push message. */
            message?: (ringwire.v1.Message.$Properties|null);

            /** Push lost. */
            lost?: (ringwire.v1.Lost.$Properties|null);

            /** Push updated. */
            updated?: (ringwire.v1.Message.$Properties|null);

            /** Push deleted. */
            deleted?: (number|Long|null);

            /** Push event. */
            event?: ("message"|"lost"|"updated"|"deleted");

            /**
             * Creates a new Push instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Push instance
             */
            static create(properties: ringwire.v1.Push.$Shape): ringwire.v1.Push & ringwire.v1.Push.$Shape;
            static create(properties?: ringwire.v1.Push.$Properties): ringwire.v1.Push;

            /**
             * Encodes the specified Push message. Does not implicitly {@link ringwire.v1.Push.verify|verify} messages.
             * @param message Push message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.Push.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Push message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.Push & ringwire.v1.Push.$Shape} Push
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.Push & ringwire.v1.Push.$Shape;
        }

        namespace Push {

            /** Properties of a Push. */
            interface $Properties {

                /** Push subscriptionId */
                subscriptionId?: (number|null);

                /** Push message */
                message?: (ringwire.v1.Message.$Properties|null);

                /** Push lost */
                lost?: (ringwire.v1.Lost.$Properties|null);

                /** Push updated */
                updated?: (ringwire.v1.Message.$Properties|null);

                /** Push deleted */
                deleted?: (number|Long|null);

                /** Push event */
                event?: ("message"|"lost"|"updated"|"deleted");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Push. */
            type $Shape = {
              subscriptionId?: number|null;
              message?: ringwire.v1.Message.$Shape|null;
              lost?: ringwire.v1.Lost.$Shape|null;
              updated?: ringwire.v1.Message.$Shape|null;
              deleted?: number|Long|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ event?: undefined; message?: null; lost?: null; updated?: null; deleted?: null }|{ event?: "message"; message: ringwire.v1.Message.$Shape; lost?: null; updated?: null; deleted?: null }|{ event?: "lost"; message?: null; lost: ringwire.v1.Lost.$Shape; updated?: null; deleted?: null }|{ event?: "updated"; message?: null; lost?: null; updated: ringwire.v1.Message.$Shape; deleted?: null }|{ event?: "deleted"; message?: null; lost?: null; updated?: null; deleted: number|Long })
            );
        }

        /**
         * Properties of a Lost.
         * @deprecated Use ringwire.v1.Lost.$Properties instead.
         */
        interface ILost extends ringwire.v1.Lost.$Properties {
        }

        /** Represents a Lost. */
        class Lost {

            /**
             * Constructs a new Lost.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.Lost.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Lost count. */
            count: (number|Long);

            /** Lost resumeSeq. */
            resumeSeq: (number|Long);

            /**
             * Creates a new Lost instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Lost instance
             */
            static create(properties: ringwire.v1.Lost.$Shape): ringwire.v1.Lost & ringwire.v1.Lost.$Shape;
            static create(properties?: ringwire.v1.Lost.$Properties): ringwire.v1.Lost;

            /**
             * Encodes the specified Lost message. Does not implicitly {@link ringwire.v1.Lost.verify|verify} messages.
             * @param message Lost message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.Lost.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Lost message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.Lost & ringwire.v1.Lost.$Shape} Lost
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.Lost & ringwire.v1.Lost.$Shape;
        }

        namespace Lost {

            /** Properties of a Lost. */
            interface $Properties {

                /** Lost count */
                count?: (number|Long|null);

                /** Lost resumeSeq */
                resumeSeq?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Lost. */
            type $Shape = ringwire.v1.Lost.$Properties;
        }

        /** ErrorCode enum. */
        enum ErrorCode {

            /** UNSPECIFIED value */
            UNSPECIFIED = 0,

            /** PROTOCOL_VIOLATION value */
            PROTOCOL_VIOLATION = 1,

            /** UNSUPPORTED_VERSION value */
            UNSUPPORTED_VERSION = 2,

            /** HANDSHAKE_REQUIRED value */
            HANDSHAKE_REQUIRED = 3,

            /** FRAME_TOO_LARGE value */
            FRAME_TOO_LARGE = 4,

            /** INVALID_ARGUMENT value */
            INVALID_ARGUMENT = 5,

            /** INTERNAL value */
            INTERNAL = 6,

            /** SHUTTING_DOWN value */
            SHUTTING_DOWN = 7,

            /** UNSUPPORTED_REQUEST value */
            UNSUPPORTED_REQUEST = 8,

            /** NOT_FOUND value */
            NOT_FOUND = 9,

            /** RING_FULL value */
            RING_FULL = 10,

            /** SLOW_CONSUMER value */
            SLOW_CONSUMER = 11,

            /** AUTH_FAILED value */
            AUTH_FAILED = 12,

            /** BUSY value */
            BUSY = 13,

            /** IDLE_TIMEOUT value */
            IDLE_TIMEOUT = 14,

            /** RING_NOT_FOUND value */
            RING_NOT_FOUND = 15,

            /** RING_LIMIT value */
            RING_LIMIT = 16,

            /** STORE_UNAVAILABLE value */
            STORE_UNAVAILABLE = 17
        }

        /**
         * Properties of an Error.
         * @deprecated Use ringwire.v1.Error.$Properties instead.
         */
        interface IError extends ringwire.v1.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: ringwire.v1.ErrorCode;

            /** Error message. */
            message: string;

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: ringwire.v1.Error.$Shape): ringwire.v1.Error & ringwire.v1.Error.$Shape;
            static create(properties?: ringwire.v1.Error.$Properties): ringwire.v1.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link ringwire.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.Error & ringwire.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.Error & ringwire.v1.Error.$Shape;
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error code */
                code?: (ringwire.v1.ErrorCode|null);

                /** Error message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = ringwire.v1.Error.$Properties;
        }
    }
}
